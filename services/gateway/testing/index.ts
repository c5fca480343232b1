// `@ztna/gateway/testing`: helpers for this repository's tests and benchmarks, never in the build or the
// public API. The seed-1 network, a config builder, in-memory doubles, and the adapters' internals that
// the integration tests exercise directly.
export { FakeClock } from '../src/core/clock.js';
export * from './seed-network.js';
export * from './test-config.js';
export { FakeEngine, fakeRecords } from './fake-engine.js';
export { MemoryStore } from './memory-store.js';
export { silentObserver } from '../src/tagsync/ports.js';
export {
  PullSubscription,
  PullSubscriptionError,
  type PullSubscriptionOptions,
} from '../src/nats/pull-subscription.js';
export { publishReplies } from '../src/nats/reply-batch.js';
export { ensureFeedStream } from '../src/nats/feed-stream.js';
export { FeedPublisher } from '../src/nats/feed-publisher.js';
export { EventFeed } from '../src/feed/event-feed.js';
export { APPLY_SCRIPT, ScriptArgs, packPairs } from '../src/redis/apply-script.js';
export { createHttpServer, listen } from '../src/http/server.js';
export { readSseIds } from './sse-ids.js';
