#!/usr/bin/env node
// Entry point of the `rathaus` command. Runs the TypeScript sources through tsx.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    `Rathaus braucht Node.js 24 (gefunden: ${process.versions.node}). Mit "npm start" bzw. "npx rathaus" wird die im Projekt festgelegte Version verwendet.\n`,
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/main.ts');
