import { describe, expect, it } from 'vitest';
import { readMessage, readMessageFor } from '@/src/protocol/messages';

describe('the one validator', () => {
  const cases: Array<[string, unknown, boolean]> = [
    // Well formed, one per kind of field.
    ['tab status', { type: 'ach:tab-status' }, true],
    ['help a box', { type: 'ach:help-box', kind: 'access-code', box: 'context-menu' }, true],
    ['start over', { type: 'ach:clinic-start-over', formData: true, cache: false, done: [] }, true],
    ['a locale table', { type: 'ach:messages', folder: 'es' }, true],
    // Not an object, or no type of ours.
    ['null', null, false],
    ['a string', 'ach:tab-status', false],
    ['the old prefix', { type: 'access-code-helper:uscis-tab' }, false],
    ['an inherited name', { type: 'toString' }, false],
    // A field out of its range.
    ['an unknown kind', { type: 'ach:help-box', kind: 'password', box: 'context-menu' }, false],
    ['an unknown box', { type: 'ach:stop-box', box: 'any' }, false],
    ['start over without its ticks', { type: 'ach:clinic-start-over', formData: true }, false],
    ['a folder that is not text', { type: 'ach:messages', folder: 3 }, false],
  ];
  it.each(cases)('%s', (_, message, valid) => {
    expect(readMessage(message) !== null).toBe(valid);
  });

  it('hands a listener only the messages sent to it', () => {
    expect(readMessageFor('helper', { type: 'ach:tab-status' })).not.toBeNull();
    expect(readMessageFor('background', { type: 'ach:tab-status' })).toBeNull();
    expect(readMessageFor('announcer', { type: 'ach:still-uscis' })).not.toBeNull();
    expect(readMessageFor('helper', { type: 'ach:still-uscis' })).toBeNull();
  });
});
