// Decoding H.264's profile-level-id (RFC 6184 §8.1): three bytes in hex, profile_idc,
// profile-iop (constraint flags) and level_idc, as in the sequence parameter set of ITU-T H.264.

const PROFILES: Readonly<Record<number, string>> = {
  66: 'Baseline',
  77: 'Main',
  88: 'Extended',
  100: 'High',
  110: 'High 10',
  122: 'High 4:2:2',
  244: 'High 4:4:4 Predictive',
};

/** Name the profile and level of an H.264 profile-level-id such as `42e01f` (Constrained Baseline, level 3.1). */
export function describeH264ProfileLevelId(value: string): string {
  if (!/^[0-9a-fA-F]{6}$/.test(value))
    return 'Should be six hex digits: profile_idc, constraint flags, level_idc (RFC 6184 §8.1).';
  const profileIdc = parseInt(value.slice(0, 2), 16);
  const flags = parseInt(value.slice(2, 4), 16);
  const levelIdc = parseInt(value.slice(4, 6), 16);
  let profile = PROFILES[profileIdc] ?? `profile_idc ${profileIdc}`;
  // constraint_set1 (0x40) on Baseline, or constraint_set4 + set5 (0x08 + 0x04) on High, make the "Constrained" profiles.
  if (profileIdc === 66 && flags & 0x40) profile = 'Constrained Baseline';
  if (profileIdc === 100 && (flags & 0x0c) === 0x0c) profile = 'Constrained High';
  const level =
    levelIdc === 11 && flags & 0x10 && profileIdc === 66 ? '1b' : (levelIdc / 10).toFixed(1);
  return `${profile} profile, level ${level} (profile_idc 0x${value.slice(0, 2)}, constraint flags 0x${value.slice(2, 4)}, level_idc ${levelIdc}).`;
}
