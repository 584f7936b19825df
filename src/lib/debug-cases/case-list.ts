// The cases' ids and titles: all the lab needs before a case is opened (the questions, the
// reasoning and the evidence load with the case).

/** Every case, in the order the chapter treats them: id (fixture name, `case` preset) and title. */
export const DEBUG_CASE_LIST = [
  { id: 'no-relay', title: 'Works on the LAN, fails across networks' },
  { id: 'no-srflx', title: 'No srflx candidate' },
  { id: 'fingerprint-changed', title: 'Connection fails after the SDP passed through a proxy' },
  { id: 'one-way-video', title: 'One-way video' },
  { id: 'turn-401', title: 'TURN refuses' },
  { id: 'frozen-video', title: 'ICE connected but video frozen' },
] as const;

/** The id of a case: also its fixture's file name and the `case` preset. */
export type DebugCaseId = (typeof DEBUG_CASE_LIST)[number]['id'];

/** Whether `id` names a case. */
export function isDebugCaseId(id: string): id is DebugCaseId {
  return DEBUG_CASE_LIST.some((c) => c.id === id);
}

/** The title of case `id`. */
export function caseTitle(id: DebugCaseId): string {
  return DEBUG_CASE_LIST.find((c) => c.id === id)?.title ?? id;
}
