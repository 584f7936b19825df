// The instructor page: polls /classroom/rooms.json every 2 s and redraws the table with DOM calls
// (no innerHTML). Served by `npm run classroom` only.
const POLL_MS = 2000;

/** Sets the text of the element with data-field=name. */
function setField(name, text) {
  const element = document.querySelector(`[data-field="${name}"]`);
  if (element) element.textContent = text;
}

/** One table row for a room. */
function roomRow(room) {
  const row = document.createElement('tr');
  row.dataset.row = 'room';
  row.dataset.peers = String(room.peers);
  const states = room.reports.map((r) => r.connectionState).join(', ') || '–';
  const types = room.reports.map((r) => r.candidateType ?? '–').join(', ') || '–';
  row.dataset.candidateType = room.reports.find((r) => r.candidateType)?.candidateType ?? '';
  for (const text of [
    `#${room.number}`,
    `${room.peers} / 2`,
    states,
    types,
    `${room.idleSeconds} s`,
  ]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  return row;
}

async function refresh() {
  const status = document.getElementById('status');
  try {
    const response = await fetch('/classroom/rooms.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = await response.json();
    setField('rooms', String(data.rooms.length));
    setField('connections', String(data.connections));
    setField('turn', data.turn ? 'running (credentials at /classroom/turn.json)' : 'not started');
    const link = document.getElementById('join-url');
    if (link) {
      link.href = data.joinUrl;
      link.textContent = data.joinUrl;
    }
    document.getElementById('rooms').replaceChildren(...data.rooms.map(roomRow));
    status.textContent = `Updated ${new Date().toLocaleTimeString()}.`;
  } catch (error) {
    status.textContent = `The classroom server does not answer (${error.message}). Is it still running?`;
  }
}

void refresh();
setInterval(refresh, POLL_MS);
