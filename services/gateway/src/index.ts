export * from './fortios/index.js';
export * from './core/engine/index.js';
export * from './tagsync/index.js';
export { createGateway, type Gateway, type GatewayAppConfig, type GatewayDeps } from './app.js';
export { loadConfig, parseConnectors, defaultConfig, type GatewayProcessConfig } from './config.js';
