import { CircleAlert } from 'lucide-preact';
import { render } from 'preact';
import { followLanguage } from '@/src/i18n/followLanguage';
import { LANGUAGES } from '@/src/i18n/languages';
import { localeTable } from '@/src/i18n/localeTables';
import { currentDirection, currentLanguage, t } from '@/src/i18n/t';
// The tokens first: the frame is an extension page, so they sit on its :root (no page style reaches in).
import '@/src/ui/tokens.css';
import '@/src/ui/font.css';
import '@/src/ui/findings.css';
import '@/src/cause/remedy.css';
import './panel.css';
import { guard } from '@/src/context/guard';
import { Panel } from './Panel';
import { PORT_MESSAGE, type FromFrame, type PanelAction, type ToFrame } from './panelMessages';
import type { PanelView } from './panelState';

/** Which of the panel's actions a button is (the same across redraws). */
const actionKey = (el: Element | null) => (el instanceof HTMLButtonElement ? (el.getAttribute('data-fix') ?? el.className) : null);

/**
 * What the frame draws for a view: the panel, or the marker (with the panel
 * kept in the document, hidden, as collapsed details are). Stateless: every
 * press goes to `act`.
 */
export function PanelFrameView({ view, act }: { view: PanelView; act: (action: PanelAction) => void }) {
  const panel = (
    <Panel
      inspection={view.inspection}
      announcement={view.announcement}
      onFix={view.fixes.length ? (_kinds, key) => act({ type: 'fix', key }) : undefined}
      preview={view.preview}
      onUndo={view.undo ? () => act({ type: 'undo' }) : undefined}
      move={view.move ? { to: view.move, onMove: () => act({ type: 'move' }) } : undefined}
      expanded={view.expanded}
      onToggle={() => act({ type: 'toggle' })}
      onClose={() => act({ type: 'close' })}
      masked={view.masked}
      note={view.note}
    />
  );
  // Hidden (closed, or nothing to say now): what it would show stays in the document, hidden.
  if (view.mode === 'hidden') return <div hidden>{panel}</div>;
  if (view.mode !== 'marker') return panel;
  return (
    <>
      <button type="button" class="marker" data-marker="" aria-label={t('panel_title')} title={t('panel_title')} onClick={() => act({ type: 'reopen' })}>
        <CircleAlert class="icon" aria-hidden="true" />
      </button>
      {/* What the marker stands for stays in the document, only hidden, as collapsed details do. */}
      <div hidden>{panel}</div>
    </>
  );
}

/**
 * The panel's frame: waits for the one port the content script hands over
 * with the secret in this page's address (a page that frames us itself
 * knows no secret and gets nothing drawn), then draws each view it is sent
 * and sends back presses, keys and its own size. Holds no state but the
 * last view it was sent.
 */
export function startPanelFrame(app: HTMLElement): void {
  const secret = location.hash.slice(1);
  // Not left in the address: nothing else needs it.
  history.replaceState(null, '', location.pathname);
  const abort = new AbortController();
  let port: MessagePort | null = null;
  let last: Extract<ToFrame, { type: 'view' }> | null = null;
  let following = false;
  // Where the last pointer press was (frame px), until its click: a press, not a key.
  let pressAt: { x: number; y: number } | null = null;
  let entering: 'first' | 'last' | null = null;

  const post = (message: FromFrame) => port?.postMessage(message);
  const act = (action: PanelAction) => {
    if (pressAt) {
      const at = pressAt;
      pressAt = null;
      // The content script drops a press made through a page layer lying over the panel.
      post({ type: 'press', action, ...at });
    } else {
      post({ type: 'key', action });
    }
  };

  const draw = guard(() => {
    if (!last) return;
    const { view } = last;
    document.documentElement.lang = currentLanguage();
    document.documentElement.dir = currentDirection();
    app.style.setProperty('--max-width', `${last.maxWidth}px`);
    const had = document.hasFocus() ? actionKey(document.activeElement) : null;
    render(<PanelFrameView view={view} act={act} />,
      app,
    );
    // Keyboard focus survives a redraw that replaced its button (the marker
    // becoming the whole panel): the entry asked for, else the same action.
    // Only while the frame has the focus: a redraw never takes it from the page.
    if (entering) {
      if (document.hasFocus()) placeEntry();
    } else if (had && document.activeElement === document.body) buttons().find((b) => actionKey(b) === had)?.focus();
    measure();
  });

  const onMessage = guard((e: MessageEvent) => {
    const message = e.data as ToFrame;
    if (message?.type === 'view') {
      last = message;
      if (!following) {
        following = true;
        // The language picked in the popup, else the page's, then the browser's.
        followLanguage(localeTable, draw, abort.signal, () => LANGUAGES.find((l) => l.tag === last?.lang)).catch(draw);
      } else draw();
    } else if (message?.type === 'clear') {
      last = null;
      render(null, app);
      measure();
    } else if (message?.type === 'enter') {
      entering = message.at;
      placeEntry();
    }
  });

  // Keyboard focus asked into the panel (Tab from the field) is kept until it
  // holds: the message can come before the frame has the browser's focus, or
  // while the marker is still drawn (the whole panel's view comes after), and
  // a focus set then is lost. It is let go once the focus leaves the frame.
  window.addEventListener('focus', guard(() => placeEntry()));
  window.addEventListener('blur', () => (entering = null));

  window.addEventListener('message', (e) => {
    const data = e.data as { type?: unknown; secret?: unknown } | null;
    if (port || !secret || data?.type !== PORT_MESSAGE || data.secret !== secret || !e.ports[0]) return;
    port = e.ports[0];
    port.addEventListener('message', onMessage);
    port.start();
  });

  // A press never takes focus from the page's field (pages validate on blur).
  for (const type of ['pointerdown', 'mousedown'] as const) {
    document.addEventListener(type, (e) => {
      e.preventDefault();
      if (e.type === 'pointerdown') pressAt = { x: e.clientX, y: e.clientY };
    }, true);
  }

  const buttons = () => Array.from(app.querySelectorAll<HTMLElement>('button')).filter((b) => b.getClientRects().length > 0);
  function placeEntry() {
    if (!entering) return;
    const actions = buttons();
    const target = entering === 'first' ? actions[0] : actions.at(-1);
    target?.focus();
    if (target && document.hasFocus() && last?.view.mode !== 'marker') entering = null;
  }
  // Keyboard order as if the panel sat right after the field (see panelKeys.ts); Escape closes.
  document.addEventListener('keydown', guard((e: KeyboardEvent) => {
    pressAt = null;
    if (e.key === 'Escape') {
      e.preventDefault();
      post({ type: 'escape' });
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const actions = buttons();
    const at = actions.indexOf(document.activeElement as HTMLElement);
    if (e.shiftKey ? at <= 0 : at === actions.length - 1 || at < 0) {
      e.preventDefault();
      post({ type: 'leave', back: e.shiftKey });
    }
  }), true);

  // The frame is sized to what it draws: measured right after each render
  // (a frame not on screen may get no layout callbacks), and again when a
  // font arrives or the panel's size changes otherwise.
  let posted = '';
  const measure = guard(() => {
    const box = app.firstElementChild?.getBoundingClientRect();
    const size = box ? { width: box.width, height: box.height } : { width: 0, height: 0 };
    const key = `${size.width}x${size.height}`;
    if (key === posted) return;
    posted = key;
    post({ type: 'size', ...size });
  });
  document.fonts.addEventListener('loadingdone', measure);
  const sized = new ResizeObserver(measure);
  new MutationObserver(guard(() => {
    const shown = app.firstElementChild;
    sized.disconnect();
    if (shown) sized.observe(shown);
  })).observe(app, { childList: true });
}
