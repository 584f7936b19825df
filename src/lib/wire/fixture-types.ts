// The shape of tests/fixtures/connection/connection.json, the captured connection that the wire
// decoders, their tests and the illustrated page read.

/** One datagram: whole (`hex`), or a media packet summarised by `length` and its header `head`. */
export interface FixtureDatagram {
  /** Milliseconds from the first datagram the Node peer's socket saw. */
  at: number;
  from: 'werift' | 'chromium';
  kind: string;
  hex?: string;
  length?: number;
  head?: string;
}

/** The captured connection with its SDPs and key material. */
export interface ConnectionFixture {
  howMade: string;
  browser: string;
  werift: string;
  capturedAt: string;
  endpoints: {
    werift: { address: string; port: number };
    chromium: { address: string; port: number };
  };
  offer: string;
  answer: string;
  dtls: {
    weriftRole: 'client' | 'server';
    clientRandom: string;
    serverRandom: string;
    masterSecret: string;
  };
  srtp: {
    profile: string;
    clientKey: string;
    clientSalt: string;
    serverKey: string;
    serverSalt: string;
  };
  mediaKept: number;
  datagrams: FixtureDatagram[];
}
