/** A camera and a microphone made in the page: no device, no permission prompt. */
export interface SyntheticMedia {
  /** One video track (a moving pattern) and, unless switched off, one audio track (a tone). */
  stream: MediaStream;
  /** Stops the tracks, the drawing loop and the audio graph; safe to call more than once. */
  close(): void;
}

/** What the synthetic source should produce. */
export interface SyntheticMediaOptions {
  width?: number;
  height?: number;
  frameRate?: number;
  /** Include the oscillator tone (default true). */
  audio?: boolean;
  /** Tone frequency in hertz (default 440). */
  frequency?: number;
  /**
   * Move the pattern (default true); a still pattern suits prefers-reduced-motion. The clock
   * text keeps counting either way: a canvas that never changes gives its track no frames, and
   * a receiver would then wait for video that never comes.
   */
  animate?: boolean;
}

/**
 * Opens a synthetic source: a canvas `captureStream()` with a moving pattern and a WebAudio
 * oscillator. The tone goes only into the stream, never to the speakers, and the drawing loop
 * runs only until `close()`.
 */
export function openSyntheticMedia(options: SyntheticMediaOptions = {}): SyntheticMedia {
  const { width = 640, height = 360, frameRate = 30, audio = true, frequency = 440 } = options;
  const animate = options.animate ?? true;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  const start = performance.now();
  let frame = 0;
  const draw = () => {
    if (!context) return;
    const seconds = (performance.now() - start) / 1000;
    const t = animate ? seconds : 0;
    context.fillStyle = '#1d3557';
    context.fillRect(0, 0, width, height);
    // Diagonal stripes that slide, plus a square that orbits: motion an encoder must work for.
    context.fillStyle = '#457b9d';
    const offset = (t * 60) % 80;
    for (let x = -height - 80 + offset; x < width; x += 80) {
      context.beginPath();
      context.moveTo(x, height);
      context.lineTo(x + 40, height);
      context.lineTo(x + 40 + height, 0);
      context.lineTo(x + height, 0);
      context.fill();
    }
    context.fillStyle = '#f1faee';
    const r = Math.min(width, height) / 3;
    context.fillRect(width / 2 + r * Math.cos(t) - 30, height / 2 + r * Math.sin(t) - 30, 60, 60);
    context.font = `${Math.round(height / 10)}px sans-serif`;
    context.fillText(`synthetic ${(seconds % 1000).toFixed(1)} s`, 16, height - 16);
  };
  const loop = () => {
    draw();
    frame = requestAnimationFrame(loop);
  };
  loop();
  const video = canvas.captureStream(frameRate).getVideoTracks();

  let audioContext: AudioContext | null = null;
  let tone: MediaStreamTrack[] = [];
  if (audio && typeof AudioContext === 'function') {
    audioContext = new AudioContext();
    const oscillator = audioContext.createOscillator();
    oscillator.frequency.value = frequency;
    const gain = audioContext.createGain();
    gain.gain.value = 0.1;
    const destination = audioContext.createMediaStreamDestination();
    oscillator.connect(gain).connect(destination);
    oscillator.start();
    tone = destination.stream.getAudioTracks();
  }

  const stream = new MediaStream([...tone, ...video]);
  let closed = false;
  return {
    stream,
    close() {
      if (closed) return;
      closed = true;
      cancelAnimationFrame(frame);
      for (const track of stream.getTracks()) track.stop();
      void audioContext?.close().catch(() => {});
    },
  };
}
