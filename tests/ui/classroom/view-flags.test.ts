import { describe, expect, it } from 'vitest';
import { embedCode } from '../../../src/ui/embed/embed-code.ts';
import { embedAddress, readViewFlags } from '../../../src/ui/embed/view-flags.ts';

describe('the embed flag', () => {
  it('is read from the fragment or the query and taken out of both, leaving the link intact', () => {
    expect(readViewFlags({ hash: '#v=1&preset=full&seed=1&embed=1', search: '' })).toEqual({
      embed: true,
      hash: '#v=1&preset=full&seed=1',
      search: '',
    });
    expect(readViewFlags({ hash: '#embed=1&v=1&preset=full', search: '' }).hash).toBe('#v=1&preset=full');
    expect(readViewFlags({ hash: '#embed=1', search: '' })).toEqual({ embed: true, hash: '', search: '' });
    expect(readViewFlags({ hash: '', search: '?preset=monolith&embed=1' })).toEqual({
      embed: true,
      hash: '',
      search: '?preset=monolith',
    });
    expect(readViewFlags({ hash: '#lesson=queue-30-vs-5&step=fill&embed=1', search: '' }).hash).toBe(
      '#lesson=queue-30-vs-5&step=fill',
    );
  });

  it('is off unless set to 1 (or true), and other parameters are never touched', () => {
    expect(readViewFlags({ hash: '#v=1&preset=full&seed=1', search: '' }).embed).toBe(false);
    expect(readViewFlags({ hash: '#v=1&preset=full&embed=0', search: '' })).toEqual({
      embed: false,
      hash: '#v=1&preset=full',
      search: '',
    });
    // A node called "embed" is a different parameter (`embed.rate`), not the flag.
    expect(readViewFlags({ hash: '#v=1&preset=full&xembed=1&embed.label=a', search: '' }).hash).toBe(
      '#v=1&preset=full&xembed=1&embed.label=a',
    );
  });

  it('is added to a share address for an embed', () => {
    expect(embedAddress('https://x.org/app/#v=1&preset=full&seed=1')).toBe(
      'https://x.org/app/#v=1&preset=full&seed=1&embed=1',
    );
    expect(embedAddress('https://x.org/app/')).toBe('https://x.org/app/#embed=1');
  });
});

describe('the embed code', () => {
  it('is an iframe with the embed address, a title, a 16:9 size and lazy loading', () => {
    const code = embedCode('https://x.org/#v=1&preset=full&seed=1', 'High-level design');
    expect(code).toBe(
      '<iframe src="https://x.org/#v=1&#38;preset=full&#38;seed=1&#38;embed=1" title="Flowscope: High-level design" ' +
        'width="800" height="450" style="max-width: 100%; border: 0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });

  it('escapes a hostile scenario name, so pasting the code never injects markup', () => {
    const code = embedCode('https://x.org/#v=1&z=abc', '"><script>alert(1)</script>');
    expect(code).not.toContain('<script');
    expect(code).toContain('title="Flowscope: &#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const frame = doc.querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe('Flowscope: "><script>alert(1)</script>');
    expect(frame?.getAttribute('src')).toBe('https://x.org/#v=1&z=abc&embed=1');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});
