// The clock and packet log under the NAT simulation: a time-ordered event queue (ties in
// insertion order, so runs are deterministic) and the recording of each packet's fate.
import type { Endpoint } from './endpoint';
import type { Delivery, PacketInFlight, SimNetwork } from './network';
import type { SimulationStep } from './simulation-types';
import { TIMING } from './topology';

/** What a caller gives to record a step; the rest defaults to an event with no packet. */
export type StepInput = Partial<SimulationStep> &
  Pick<SimulationStep, 'phase' | 'kind' | 'actor' | 'description'>;

/** Base of a simulation run: events at times, steps recorded in order, packets carried with latency. */
export abstract class EventLoop {
  readonly steps: SimulationStep[] = [];
  protected abstract readonly net: SimNetwork;
  protected now = 0;
  protected finished = false;
  private readonly queue: { time: number; seq: number; run: () => void }[] = [];
  private seq = 0;

  /** Run events in time order until none is left, the run is finished, or TIMING.end passes. */
  drain(): void {
    while (this.queue.length > 0 && !this.finished) {
      const event = this.queue.shift() as { time: number; run: () => void };
      if (event.time > TIMING.end) break;
      this.now = event.time;
      event.run();
    }
  }

  /** Schedule `run` at `time` (milliseconds). */
  protected at(time: number, run: () => void): void {
    const event = { time, seq: this.seq++, run };
    const index = this.queue.findIndex((e) => e.time > time);
    this.queue.splice(index < 0 ? this.queue.length : index, 0, event);
  }

  /** Append a step with defaults for the fields not given. */
  protected record(step: StepInput): void {
    this.steps.push({
      index: this.steps.length,
      time: this.now,
      sentAt: this.now,
      path: [],
      source: undefined,
      destination: undefined,
      wireSource: undefined,
      newMapping: undefined,
      clashedPort: undefined,
      fate: 'event',
      droppedBy: undefined,
      pair: undefined,
      attempt: undefined,
      ...step,
    });
  }

  /** Send now, deliver after the latency, record the packet's fate, then hand the delivery on. */
  protected transmit(
    packet: PacketInFlight,
    step: StepInput,
    source: Endpoint,
    then: (d: Delivery & { delivered: true }) => void,
  ): void {
    const sentAt = this.now;
    this.at(this.now + TIMING.latency, () => {
      const delivery = this.net.deliver(packet);
      const common = {
        ...step,
        ...(packet.note ? { description: `${step.description} ${packet.note}` } : {}),
        sentAt,
        path: packet.path,
        source,
        destination: packet.destination,
        wireSource: packet.wireSource,
        newMapping: packet.newMapping,
        clashedPort: packet.clashedPort,
      };
      if (!delivery.delivered) {
        this.record({
          ...common,
          fate: 'dropped',
          droppedBy: delivery.droppedBy,
          description: `${common.description} Dropped: ${delivery.reason}.`,
        });
        return;
      }
      this.record({ ...common, fate: 'delivered' });
      then(delivery);
    });
  }
}
