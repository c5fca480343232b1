import type { GatewayConfig } from '../core/model/config.js';
import type { EmsConnector } from '../tagsync/event-check.js';
import { connectorsAfterEdit } from '../tagsync/fctems-connectors.js';

export interface FctemsFollowerOptions {
  /** The `fctems` table of the config tag sync's connectors were taken from at start. */
  readonly initial: GatewayConfig['fctems'];
  /** Tag sync: its connectors now, and how to change them. */
  readonly tagSync: {
    readonly connectors: ReadonlyMap<number, EmsConnector>;
    setConnectors(next: readonly EmsConnector[]): Promise<void>;
  };
  readonly onError: (err: unknown) => void;
}

/**
 * Makes tag sync consume the connectors of `config endpoint-control fctems` as the config changes: the
 * returned function takes each config the engine applied (console, `POST /api/v1/cli`, reset) and
 * hands tag sync the connectors the edited entries imply ({@link connectorsAfterEdit}); tag sync
 * changes nothing when they are the ones it consumes. A failing change is reported to `onError`.
 */
export function fctemsFollower(options: FctemsFollowerOptions): (config: GatewayConfig) => void {
  let before = options.initial;
  return (config) => {
    const after = config.fctems;
    if (after === before) return;
    const next = connectorsAfterEdit(options.tagSync.connectors.values(), before, after);
    before = after;
    options.tagSync.setConnectors(next).catch(options.onError);
  };
}
