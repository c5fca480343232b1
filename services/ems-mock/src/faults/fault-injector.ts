import { mulberry32, type Prng } from '../common/prng.js';

/** Publisher-side faults for tests; every probability is in [0, 1] and 0 (off) by default. */
export interface FaultSettings {
  seed: number;
  /** Never publish the event (deliberate loss: the gateway sees a gap). */
  drop: number;
  /** Publish the event a second time under the message id `<id>:dup` (so JetStream keeps both). */
  duplicate: number;
  /** Publish the event after the one that follows it. */
  reorder: number;
  /** Hold the publisher `delayMs` before publishing the event (order kept). */
  delay: number;
  delayMs: number;
}

export const NO_FAULTS: Readonly<FaultSettings> = Object.freeze({
  seed: 1,
  drop: 0,
  duplicate: 0,
  reorder: 0,
  delay: 0,
  delayMs: 0,
});

export interface FaultDecision {
  drop: boolean;
  duplicate: boolean;
  reorder: boolean;
  delayMs: number;
}

const NONE: FaultDecision = Object.freeze({ drop: false, duplicate: false, reorder: false, delayMs: 0 });

/** Decides, event by event, which faults to inject; the same settings give the same decisions. */
export class FaultInjector {
  private prng: Prng;
  private current: Readonly<FaultSettings>;

  constructor(settings: FaultSettings = NO_FAULTS) {
    this.current = Object.freeze({ ...settings });
    this.prng = mulberry32(settings.seed);
  }

  get settings(): Readonly<FaultSettings> {
    return this.current;
  }

  get active(): boolean {
    const s = this.current;
    return s.drop > 0 || s.duplicate > 0 || s.reorder > 0 || (s.delay > 0 && s.delayMs > 0);
  }

  /** Replaces the settings and restarts the PRNG from their seed. */
  configure(settings: FaultSettings): void {
    this.current = Object.freeze({ ...settings });
    this.prng = mulberry32(settings.seed);
  }

  /** One decision; draws the same number of values for every event so decisions do not shift. */
  decide(): FaultDecision {
    if (!this.active) return NONE;
    const s = this.current;
    const [drop, duplicate, reorder, delay] = [
      this.prng.next(),
      this.prng.next(),
      this.prng.next(),
      this.prng.next(),
    ];
    if (drop < s.drop) return { ...NONE, drop: true };
    return {
      drop: false,
      duplicate: duplicate < s.duplicate,
      reorder: reorder < s.reorder,
      delayMs: delay < s.delay ? s.delayMs : 0,
    };
  }
}
