// What the mesh lab says about its measurement: why prediction and measurement agree or not.
import { MESH_TOLERANCE, type Agreement } from './meshMeasure';

/** The measured outcome of one mesh run, as the explanation needs it. */
export interface MeshOutcome {
  n: number;
  agreement: Agreement;
  /** The dominant qualityLimitationReason, or null when the browser reports none. */
  limitation: string | null;
}

/** One or two sentences on the outcome, naming what this browser reported. */
export function explainMesh({ n, agreement, limitation }: MeshOutcome): string {
  const percent = Math.round(MESH_TOLERANCE * 100);
  const copies = `${n - 1} ${n - 1 === 1 ? 'copy' : 'copies'}`;
  const unreported =
    ' This browser’s outbound-rtp stats carry no qualityLimitationReason (Firefox does not implement it), so the lab cannot say whether CPU or bandwidth held the encoders back.';
  if (agreement === 'agrees') {
    return `The measured upload is within ±${percent}\u00a0% of the formula: each peer really sends ${copies} of its video, one per connection.${limitation === null ? unreported : ''}`;
  }
  if (agreement === 'above') {
    return `The measured upload is more than ${percent}\u00a0% above the formula: key frames at the start and retransmissions add bytes the bitrate cap does not count over a short window.`;
  }
  if (limitation === 'cpu') {
    return `The measured upload is more than ${percent}\u00a0% below the formula, and the encoders report a CPU limitation: ${n} peers × ${copies} is ${n * (n - 1)} encoders in one tab, and this machine could not run them all at full rate. That is the mesh’s cost showing, not a broken formula.`;
  }
  if (limitation === 'bandwidth') {
    return `The measured upload is more than ${percent}\u00a0% below the formula, and the encoders report a bandwidth limitation: each connection’s congestion control had not ramped up to the cap within the window, or estimated less.`;
  }
  const why =
    ' An encoder sends less than its cap when the picture is simple enough to need less, and each connection’s estimate starts low and ramps up.';
  return `The measured upload is more than ${percent}\u00a0% below the formula.${why}${limitation === null ? unreported : ''}`;
}
