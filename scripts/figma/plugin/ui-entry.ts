import type { CodeMessage } from './messages.ts';
import { mountUi } from './ui.ts';

/** ui.html's script: Figma delivers the code's messages as `pluginMessage` on window messages. */
const receive = mountUi(document.body, (pluginMessage) => parent.postMessage({ pluginMessage }, '*'));
window.addEventListener('message', (event: MessageEvent<{ pluginMessage?: CodeMessage }>) => {
  if (event.data?.pluginMessage) receive(event.data.pluginMessage);
});
