import { describe, expect, it } from 'vitest';
import { importMessages } from '../../../../src/i18n/messages/import';
import { addMessages } from '../../../../src/i18n/t';
import { failureText } from '../../../../src/ui/import/importDialog';

describe('failureText', () => {
  addMessages(importMessages);

  it('gives a failure with a message of its own that message, in the UI language (the strings load with the dialog)', () => {
    expect(failureText({ code: 'empty', detail: 'empty.csv' }, 'zh')).toBe('文件是空的。');
    expect(failureText({ code: 'empty', detail: 'empty.csv' }, 'en')).toBe('The file is empty.');
  });

  it('reads a code without a message as an internal error that names the code', () => {
    expect(failureText({ code: 'internal', detail: 'boom' }, 'en')).toContain('boom');
    expect(failureText({ code: 'no-such-code' as 'internal', detail: 'x' }, 'en')).toContain('no-such-code x');
  });
});
