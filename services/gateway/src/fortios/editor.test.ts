import { describe, expect, it } from 'vitest';
import { ConfigEditor } from './editor.js';
import { factoryConfig } from './factory.js';
import { tokenize } from './tokenizer.js';

const feed = (editor: ConfigEditor, text: string): void => {
  for (const st of tokenize(text)) editor.apply(st);
};

describe('ConfigEditor', () => {
  it('hands out configs that later statements never change', () => {
    const base = factoryConfig();
    const editor = new ConfigEditor(base);
    feed(editor, 'config firewall address\nedit "a"\nset subnet 10.0.0.0/8\nnext\n');
    const mid = editor.result();
    expect(editor.promptLabel).toBe('address');
    feed(editor, 'edit "b"\nset subnet 10.1.0.0/16\nnext\ndelete "a"\nend\n');
    const done = editor.result();
    expect([...mid.addresses.keys()]).toEqual(['all', 'none', 'a']);
    expect([...done.addresses.keys()]).toEqual(['all', 'none', 'b']);
    expect([...base.addresses.keys()]).toEqual(['all', 'none']);
    expect(done.services).toBe(base.services);
  });

  it('tracks depth and prompt labels through nested blocks', () => {
    const editor = new ConfigEditor(factoryConfig());
    feed(editor, 'config system session-ttl\nconfig port\nedit 1\n');
    expect([editor.configDepth, editor.promptLabel, editor.sectionPath]).toEqual([
      2,
      '1',
      'system session-ttl',
    ]);
    feed(editor, 'end\n');
    expect([editor.configDepth, editor.promptLabel]).toEqual([1, 'session-ttl']);
    feed(editor, 'end\n');
    expect(editor.open).toBe(false);
    expect(editor.result().sessionTtl.port).toEqual([
      { id: 1, protocol: 0, startPort: 0, endPort: 0, timeout: 300 },
    ]);
  });
});
