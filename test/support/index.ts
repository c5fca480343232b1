export { startNats, startRedis, freePort, type ServerHandle, type StartOptions } from './servers.js';
export { waitFor, Latch, type WaitOptions } from './wait.js';
export { TcpProxy, type CutMode } from './tcp-proxy.js';
export { probeServer, type ServerKind } from './probe.js';
export { defaultImages, natsImage, redisImage } from './images.js';
export { uniqueId, testSubjects } from './isolation.js';
export { startNatsCluster, type NatsCluster, type NatsClusterMember } from './nats-cluster.js';
export { startRedisCluster, type RedisCluster, type RedisClusterMember } from './redis-cluster.js';
