import { describe, expect, it } from 'vitest';
import { apiTokenProblem, DEV_API_TOKENS, MIN_API_TOKEN_LENGTH } from './api-token.js';

describe('apiTokenProblem', () => {
  const strong = 'sa3f09c1d2e4b5a6978';

  it('accepts anything on loopback, even no token or a development one', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost']) {
      expect(apiTokenProblem(host, undefined)).toBeUndefined();
      expect(apiTokenProblem(host, 'gateway-dev-token')).toBeUndefined();
      expect(apiTokenProblem(host, 'x')).toBeUndefined();
    }
  });

  it('requires a token beyond loopback', () => {
    expect(apiTokenProblem('0.0.0.0', undefined)).toBe(
      'required when the HTTP API listens on the non-loopback host "0.0.0.0"',
    );
    expect(apiTokenProblem('0.0.0.0', '')).toMatch(/^required/);
  });

  it('refuses every documented development token beyond loopback, naming it', () => {
    expect(DEV_API_TOKENS).toEqual(['ems-dev-token', 'gateway-dev-token']);
    for (const token of DEV_API_TOKENS) {
      expect(apiTokenProblem('10.0.0.5', token)).toBe(
        `"${token}" is a documented development token, refused when the HTTP API listens on the non-loopback host "10.0.0.5"`,
      );
    }
  });

  it('refuses a short token beyond loopback by its length, without echoing it', () => {
    const short = 'x'.repeat(MIN_API_TOKEN_LENGTH - 1);
    const reason = apiTokenProblem('0.0.0.0', short);
    expect(reason).toBe(
      `too short (15 characters): at least 16 when the HTTP API listens on the non-loopback host "0.0.0.0"`,
    );
    expect(reason).not.toContain(short);
    expect(apiTokenProblem('0.0.0.0', 'x'.repeat(MIN_API_TOKEN_LENGTH))).toBeUndefined();
    expect(apiTokenProblem('0.0.0.0', strong)).toBeUndefined();
  });
});
