// The media side of getStats() (W3C webrtc-stats): what the sender's outbound-rtp,
// remote-inbound-rtp and candidate-pair records say, and what the receiver's inbound-rtp says,
// reduced to the figures the media lab shows. Cumulative counters stay counters here; rates
// come from two snapshots (media-rates.ts).
import { findSelectedCandidatePair } from './candidate-pairs';
import { isStatsRecord, numberField, stringField, type StatsRecord } from './stats-record';

/** What the sending peer's report says about its video and audio, at one instant. */
export interface SendSnapshot {
  /** The outbound video record's timestamp in milliseconds (0 when there is none). */
  at: number;
  /** `VP8`, `VP9`, `H264`, `AV1`…: the codec the video is sent with now. */
  videoCodec: string | undefined;
  audioCodec: string | undefined;
  /** The RTP payload type of the video codec in use. */
  videoPayloadType: number | undefined;
  /** Video payload bytes sent so far (headers and padding not counted). */
  bytesSent: number;
  framesEncoded: number | undefined;
  /** NACKs and PLIs the sender has received from the other side. */
  nackCount: number | undefined;
  pliCount: number | undefined;
  /** Packets the sender had to send again (RTX), in answer to NACKs. */
  retransmittedPacketsSent: number | undefined;
  /** `none`, `bandwidth`, `cpu` or `other`; undefined where the browser does not report it. */
  qualityLimitation: string | undefined;
  scalabilityMode: string | undefined;
  frameWidth: number | undefined;
  frameHeight: number | undefined;
  /** Round-trip time from RTCP (remote-inbound-rtp), else from ICE (the selected pair). */
  rttMs: number | undefined;
  /** The congestion controller's estimate of what may be sent now (selected pair). */
  availableOutgoingKbps: number | undefined;
}

/** What the receiving peer's report says about the video and audio it gets, at one instant. */
export interface ReceiveSnapshot {
  at: number;
  videoCodec: string | undefined;
  audioCodec: string | undefined;
  /** Video payload bytes received so far. */
  bytesReceived: number;
  framesDecoded: number | undefined;
  keyFramesDecoded: number | undefined;
  /** The browser's own frames-per-second figure, when it gives one. */
  framesPerSecond: number | undefined;
  /** Video packets lost so far, as the receiver counts them (RFC 3550 cumulative loss). */
  packetsLost: number | undefined;
  /** NACKs and PLIs the receiver has sent. */
  nackCount: number | undefined;
  pliCount: number | undefined;
  /** Interarrival jitter of the video stream (RFC 3550 §6.4.1), in milliseconds. */
  jitterMs: number | undefined;
}

/** The first record of `type` for `kind` (`video` or `audio`). */
function rtpRecord(
  records: readonly StatsRecord[],
  type: string,
  kind: string,
): StatsRecord | undefined {
  return records.find((r) => r.type === type && (r['kind'] ?? r['mediaType']) === kind);
}

/** `video/VP8` -> `VP8`: the codec a record's `codecId` points to. */
function codecName(records: readonly StatsRecord[], rtp: StatsRecord | undefined) {
  const codec = codecOf(records, rtp);
  const mime = stringField(codec, 'mimeType');
  return mime === undefined ? undefined : mime.replace(/^(audio|video)\//i, '');
}

function codecOf(records: readonly StatsRecord[], rtp: StatsRecord | undefined) {
  const id = stringField(rtp, 'codecId');
  return id === undefined ? undefined : records.find((r) => r.id === id);
}

const toMs = (seconds: number | undefined) => (seconds === undefined ? undefined : seconds * 1000);

/** Plain records from a report (or any iterable of records). */
function plain(report: Iterable<unknown>): StatsRecord[] {
  return [...report].filter(isStatsRecord);
}

/** Reads the sending peer's report. */
export function readSendSnapshot(report: Iterable<unknown>): SendSnapshot {
  const records = plain(report);
  const video = rtpRecord(records, 'outbound-rtp', 'video');
  const audio = rtpRecord(records, 'outbound-rtp', 'audio');
  const remote = rtpRecord(records, 'remote-inbound-rtp', 'video');
  const pairId = findSelectedCandidatePair(records)?.id;
  const pair = records.find((r) => r.id === pairId);
  const available = numberField(pair, 'availableOutgoingBitrate');
  return {
    at: video?.timestamp ?? 0,
    videoCodec: codecName(records, video),
    audioCodec: codecName(records, audio),
    videoPayloadType: numberField(codecOf(records, video), 'payloadType'),
    bytesSent: numberField(video, 'bytesSent') ?? 0,
    framesEncoded: numberField(video, 'framesEncoded'),
    nackCount: numberField(video, 'nackCount'),
    pliCount: numberField(video, 'pliCount'),
    retransmittedPacketsSent: numberField(video, 'retransmittedPacketsSent'),
    qualityLimitation: stringField(video, 'qualityLimitationReason'),
    scalabilityMode: stringField(video, 'scalabilityMode'),
    frameWidth: numberField(video, 'frameWidth'),
    frameHeight: numberField(video, 'frameHeight'),
    rttMs: toMs(numberField(remote, 'roundTripTime') ?? numberField(pair, 'currentRoundTripTime')),
    availableOutgoingKbps: available === undefined ? undefined : available / 1000,
  };
}

/** Reads the receiving peer's report. */
export function readReceiveSnapshot(report: Iterable<unknown>): ReceiveSnapshot {
  const records = plain(report);
  const video = rtpRecord(records, 'inbound-rtp', 'video');
  const audio = rtpRecord(records, 'inbound-rtp', 'audio');
  return {
    at: video?.timestamp ?? 0,
    videoCodec: codecName(records, video),
    audioCodec: codecName(records, audio),
    bytesReceived: numberField(video, 'bytesReceived') ?? 0,
    framesDecoded: numberField(video, 'framesDecoded'),
    keyFramesDecoded: numberField(video, 'keyFramesDecoded'),
    framesPerSecond: numberField(video, 'framesPerSecond'),
    packetsLost: numberField(video, 'packetsLost'),
    nackCount: numberField(video, 'nackCount'),
    pliCount: numberField(video, 'pliCount'),
    jitterMs: toMs(numberField(video, 'jitter')),
  };
}
