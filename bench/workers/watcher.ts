/**
 * An inspector page stand-in: listens to an emulator's request stream (server-sent events) and
 * counts what arrives, so the bench can measure the emulator while someone watches it.
 */
import { request } from 'undici';
import { serve, workerConfig } from '../lib/serve.js';

const { url } = workerConfig<{ url: string }>();
const controller = new AbortController();
const res = await request(`${url}/__inspector/api/events`, { signal: controller.signal });
if (res.statusCode !== 200) throw new Error(`the inspector's event stream answered HTTP ${res.statusCode}`);
let events = 0;
let tail = '';
void (async () => {
  try {
    for await (const chunk of res.body) {
      const text = tail + (chunk as Buffer).toString('utf8');
      const parts = text.split('\n\n');
      tail = parts.pop() ?? '';
      for (const part of parts) if (part.startsWith('id: ')) events += 1;
    }
  } catch {
    // Aborted on close.
  }
})();

serve({
  stats: () => ({ events }),
  close: () => controller.abort(),
});
