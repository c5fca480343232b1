/**
 * The one Lua script that writes a gateway's namespace. KEYS[1] is the revision key; the other keys are
 * named by index from the operations. ARGV[1] is the revision the caller planned against, ARGV[2] the
 * lowest revision to hand out, then operations: `<op> <keyIndex> <count> <count values>` where op is
 * H (HSET field/value pairs), P (HSET of the field/value pairs packed in one value, see
 * {@link packPairs}), h (HDEL), A (SADD), S (SREM), X (SET). Nothing is written when the
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
  elseif op == 'P' then
    for v = first, last do
      local blob = ARGV[v]
      local pos = 1
      local size = #blob
      local values = {}
      while pos <= size do
        local length
        length, pos = struct.unpack('>I4', blob, pos)
        values[#values + 1] = string.sub(blob, pos, pos + length - 1)
        pos = pos + length
        if #values >= 4000 and #values % 2 == 0 then
          redis.call('HSET', key, unpack(values))
          values = {}
        end
      end
      if #values % 2 ~= 0 then return redis.error_reply('packed values: odd number of values') end
      if #values > 0 then redis.call('HSET', key, unpack(values)) end
    end
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
  op(code: 'H' | 'P' | 'h' | 'A' | 'S' | 'X', key: string, values: readonly (string | Buffer)[]): void {
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

/**
 * Packs field/value pairs into one value for the `P` operation: each field and each value as a 4-byte
 * big-endian length and its bytes. One argument instead of two per pair keeps the command small.
 */
export function packPairs(pairs: readonly (readonly [string, Uint8Array])[]): Buffer {
  let size = 0;
  for (const [field, value] of pairs) size += 8 + Buffer.byteLength(field) + value.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const [field, value] of pairs) {
    const length = out.write(field, at + 4, 'utf8');
    out.writeUInt32BE(length, at);
    at += 4 + length;
    out.writeUInt32BE(value.length, at);
    out.set(value, at + 4);
    at += 4 + value.length;
  }
  return out;
}
