/**
 * The one Lua script that writes a gateway's namespace. KEYS[1] is the revision key; the other keys are
 * named by index from the operations. ARGV[1] is the revision the caller planned against, ARGV[2] the
 * lowest revision to hand out, then operations: `<op> <keyIndex> <count> <count values>` where op is
 * H (HSET field/value pairs), h (HDEL), A (SADD), S (SREM), X (SET). Nothing is written when the
 * revision differs (returns {-1, revision}); otherwise returns {revision, changed members}.
 */
export const APPLY_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current ~= tonumber(ARGV[1]) then return {-1, current} end
local changed = 0
local i = 3
local n = #ARGV
while i <= n do
  local op = ARGV[i]
  local key = KEYS[tonumber(ARGV[i + 1])]
  local count = tonumber(ARGV[i + 2])
  local first = i + 3
  local last = i + 2 + count
  if op == 'H' then
    redis.call('HSET', key, unpack(ARGV, first, last))
  elseif op == 'h' then
    redis.call('HDEL', key, unpack(ARGV, first, last))
  elseif op == 'A' then
    changed = changed + redis.call('SADD', key, unpack(ARGV, first, last))
  elseif op == 'S' then
    changed = changed + redis.call('SREM', key, unpack(ARGV, first, last))
  elseif op == 'X' then
    redis.call('SET', key, ARGV[first])
  else
    return redis.error_reply('unknown op ' .. tostring(op))
  end
  i = last + 1
end
local revision = current + 1
local floor = tonumber(ARGV[2])
if revision < floor then revision = floor end
redis.call('SET', KEYS[1], revision)
return {revision, changed}
`;

/** Largest number of values one operation passes to `unpack` (Lua's C stack holds about 8000). */
export const MAX_OP_VALUES = 4000;

/** Builds KEYS and ARGV for {@link APPLY_SCRIPT}. */
export class ScriptArgs {
  readonly keys: string[];
  readonly argv: (string | Buffer)[];
  private readonly keyIndex = new Map<string, number>();

  constructor(revisionKey: string, expectedRevision: number, minRevision: number) {
    this.keys = [revisionKey];
    this.argv = [String(expectedRevision), String(minRevision)];
  }

  /** Appends one operation, split into chunks the script can unpack (pairs stay together). */
  op(code: 'H' | 'h' | 'A' | 'S' | 'X', key: string, values: readonly (string | Buffer)[]): void {
    if (values.length === 0) return;
    let index = this.keyIndex.get(key);
    if (index === undefined) {
      this.keys.push(key);
      index = this.keys.length;
      this.keyIndex.set(key, index);
    }
    for (let start = 0; start < values.length; start += MAX_OP_VALUES) {
      const chunk = values.slice(start, start + MAX_OP_VALUES);
      this.argv.push(code, String(index), String(chunk.length));
      for (const v of chunk) this.argv.push(v);
    }
  }
}
