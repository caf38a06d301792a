// Test-only reading of the payment files we write: enough to find well-known elements and to prove the
// document is well-formed (balanced tags, no raw "<" or stray "&" in text). Not a general XML parser.
import assert from 'node:assert/strict';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
}

/** The text of every element named `tag` (in document order), unescaped. */
export function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) =>
    unescape(m[1]!),
  );
}

export function text(xml: string, tag: string): string | undefined {
  return texts(xml, tag)[0];
}

/** Every element named `tag` with its content, for elements that do not nest in themselves. */
export function blocks(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>[\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
}

/** Fails unless tags balance and text holds only escaped markup characters. */
export function assertWellFormed(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  const tokens = body.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const tag =
        /^<(\/?)([A-Za-z][\w.-]*)((?: [\w:]+="[^"<&]*(?:&(?:amp|lt|gt|quot);[^"<&]*)*")*)\s*(\/?)>$/.exec(
          token,
        );
      assert.ok(tag, `malformed tag ${token}`);
      if (tag[4]) continue;
      if (tag[1]) assert.equal(stack.pop(), tag[2], `unbalanced </${tag[2]}>`);
      else stack.push(tag[2]!);
    } else {
      assert.doesNotMatch(token, /&(?!(amp|lt|gt|quot|apos);)/, `unescaped & in ${token}`);
      assert.doesNotMatch(token, />/, `unescaped > in ${token}`);
    }
  }
  assert.deepEqual(stack, [], 'unclosed elements');
}
