import { test } from 'node:test';
import assert from 'node:assert/strict';
import { raw, render } from './jsx-runtime.ts';

test('text and attribute values are escaped so user data cannot inject markup', () => {
  const name = '<script>alert("x")</script>';
  const html = render(
    <p title={name} class="a">
      {name}
    </p>,
  );
  assert.equal(
    html,
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" class="a">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
  );
});

test('raw markup, void elements, boolean attributes and arrays render as HTML', () => {
  const html = render(
    <div>
      {raw('<b>ok</b>')}
      <input type="checkbox" checked disabled={false} />
      {['a', 'b'].map((item) => (
        <i>{item}</i>
      ))}
    </div>,
  );
  assert.equal(html, '<div><b>ok</b><input type="checkbox" checked><i>a</i><i>b</i></div>');
});

test('an attribute name that could break out of the tag is refused', () => {
  const props = { 'onclick="x"': 'y' };
  assert.throws(() => render(<a {...props} />), /Invalid attribute name/);
});
