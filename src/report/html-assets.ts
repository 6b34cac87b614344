// The html report's style and script, inlined in the page: it must open
// from a mail attachment or a CI artifact with no network. Colours are dark
// on light (contrast 4.5:1 or more for text); each severity also has its own
// icon, label and underline style, for readers who cannot tell the colours
// apart and for black-and-white print.

export const htmlStyle = `
:root { color-scheme: light; --error: #b3261e; --error-bg: #fde2e1; --warning: #7a4a00; --warning-bg: #ffefc2; --info: #1f5fa8; --info-bg: #e3effd; --line: #c9c9c9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
.banner { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .5rem 1rem; background: #f4f4f4; border-bottom: 1px solid var(--line); }
.banner h1 { font-size: 1.2rem; margin: 0; }
button { font: inherit; padding: .2rem .6rem; border: 1px solid #555; border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
kbd { font-size: .8em; border: 1px solid #888; border-radius: 3px; padding: 0 .25em; }
main { padding: 0 1rem 2rem; }
:focus-visible, mark:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
#index h2 { margin-top: 1rem; }
table.index { border-collapse: collapse; width: 100%; max-width: 60rem; }
table.index th, table.index td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: right; }
table.index th[scope=row], table.index thead th:first-child { text-align: left; font-weight: normal; word-break: break-all; }
table.index thead button { border: none; background: none; padding: 0; font-weight: bold; text-decoration: underline; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
.filters fieldset { border: 1px solid var(--line); border-radius: 4px; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.article { border-top: 2px solid #1a1a1a; margin-top: 2rem; }
.article h2 { font-size: 1.1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; }
.path { word-break: break-all; }
.risk { font-weight: normal; background: #1a1a1a; color: #fff; padding: 0 .4rem; border-radius: 3px; }
.counts { font-weight: normal; font-size: .95rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr); gap: 1.5rem; }
.side { position: sticky; top: 3.5rem; align-self: start; max-height: calc(100vh - 4rem); overflow: auto; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 0; }
mark { color: inherit; background: none; border-radius: 2px; }
mark.sev-error { background: var(--error-bg); border-bottom: 3px solid var(--error); }
mark.sev-warning { background: var(--warning-bg); border-bottom: 3px dashed var(--warning); }
mark.sev-info { background: var(--info-bg); border-bottom: 2px dotted var(--info); }
mark.off { background: none; border: none; }
mark .icon { font-size: .75em; vertical-align: super; margin-right: .1em; }
mark.sev-error .icon, .sev-error > .label, .counts .sev-error { color: var(--error); }
mark.sev-warning .icon, .sev-warning > .label, .counts .sev-warning { color: var(--warning); }
mark.sev-info .icon, .sev-info > .label, .counts .sev-info { color: var(--info); }
mark.skipped .icon, mark.off .icon { display: none; }
mark.point { padding: 0 .1em; }
ol.findings { margin: 0; padding-left: 1.5rem; }
li.finding { margin: 0 0 .6rem; }
li.finding > * { margin-right: .35em; }
.label { font-weight: bold; }
.suggestion, .note, .rule { display: block; font-size: .92rem; }
.note { color: #444; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; color: #333; }
li.finding.current { outline: 2px solid #1a1a1a; outline-offset: 2px; }
.bilingual { display: grid; gap: 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; border-bottom: 1px solid var(--line); padding: .4rem 0; }
.pair.missing { background: #fff7f7; }
.zh p { margin: 0 0 .4rem; }
.gap { color: #555; font-style: italic; margin: 0; }
#tip { position: absolute; z-index: 20; max-width: 28rem; background: #1a1a1a; color: #fff; padding: .5rem .7rem; border-radius: 4px; font-size: .92rem; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
#tip .tip-item + .tip-item { border-top: 1px solid #777; margin-top: .4rem; padding-top: .4rem; }
#tip .tip-rule { font-family: ui-monospace, Menlo, Consolas, monospace; color: #ddd; }
@media (max-width: 50rem) { .layout, .pair { grid-template-columns: 1fr; } .side { position: static; max-height: none; } }
@media print {
  .banner, .filters, .skip, #tip, .top, table.index thead button::after { display: none !important; }
  body { font-size: 11pt; }
  .layout { grid-template-columns: 1fr; }
  .side { position: static; max-height: none; overflow: visible; }
  .article { break-before: page; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  li.finding[hidden] { display: list-item !important; }
  a { color: inherit; text-decoration: none; }
}
`

export const htmlScript = `
(() => {
  'use strict';
  const rank = {error: 0, warning: 1, info: 2};
  const main = document.getElementById('main');
  const index = document.getElementById('index');
  // Written last so the page could stream; read first.
  main.prepend(index);
  const tip = document.getElementById('tip');
  const shown = document.getElementById('shown');
  const boxes = (name) => Array.from(document.querySelectorAll('input[name="' + name + '"]'));
  let rules = new Set(), severities = new Set();
  const active = (rule, severity) => rules.has(rule) && severities.has(severity);

  function applyFilters() {
    rules = new Set(boxes('rule').filter((box) => box.checked).map((box) => box.value));
    severities = new Set(boxes('severity').filter((box) => box.checked).map((box) => box.value));
    let on = 0, all = 0;
    for (const item of document.querySelectorAll('li.finding')) {
      const visible = active(item.dataset.rule, item.dataset.severity);
      item.hidden = !visible;
      all++;
      if (visible) on++;
    }
    for (const mark of document.querySelectorAll('mark[data-findings]')) {
      const markRules = mark.dataset.rules.split(' ');
      const markSeverities = mark.dataset.severities.split(' ');
      let gravest = null;
      markRules.forEach((rule, i) => {
        const severity = markSeverities[i];
        if (active(rule, severity) && (gravest === null || rank[severity] < rank[gravest])) gravest = severity;
      });
      mark.classList.remove('sev-error', 'sev-warning', 'sev-info', 'off');
      mark.classList.add(gravest === null ? 'off' : 'sev-' + gravest);
      if (mark.dataset.finding) {
        const visible = active(mark.dataset.rule, mark.dataset.severity);
        mark.tabIndex = visible ? 0 : -1;
        mark.classList.toggle('skipped', !visible);
      }
    }
    shown.textContent = on + ' of ' + all + ' findings shown';
  }
  document.querySelector('form.filters').addEventListener('change', applyFilters);
  applyFilters();

  // Next and previous finding: the marks that stand for a finding the filters let through.
  let current = -1;
  const anchors = () => Array.from(document.querySelectorAll('mark.anchor')).filter((mark) => mark.tabIndex === 0);
  function go(step) {
    const list = anchors();
    if (list.length === 0) return;
    const focused = list.indexOf(document.activeElement);
    let at = focused >= 0 ? focused : current;
    at = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    current = at;
    list[at].focus();
    list[at].scrollIntoView({block: 'center'});
  }
  document.getElementById('next').addEventListener('click', () => go(1));
  document.getElementById('prev').addEventListener('click', () => go(-1));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName)) return;
    if (event.key === 'j' || event.key === 'n') { event.preventDefault(); go(1); }
    else if (event.key === 'k' || event.key === 'p') { event.preventDefault(); go(-1); }
    else if (event.key === 'Escape') hideTip();
  });

  // The tooltip: the side list's entries for the findings under a mark, copied as text.
  function showTip(mark) {
    tip.replaceChildren();
    const ids = mark.dataset.findings.split(' ');
    for (const id of ids) {
      const item = document.getElementById(id + '-d');
      if (!item || item.hidden) continue;
      const box = document.createElement('div');
      box.className = 'tip-item';
      for (const part of item.querySelectorAll('.label, .reason, .suggestion, .rule')) {
        const line = document.createElement('div');
        line.className = 'tip-' + part.className;
        line.textContent = part.textContent.trim();
        box.append(line);
      }
      tip.append(box);
    }
    if (!tip.firstChild) return hideTip();
    const rect = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 460)) + 'px';
    tip.style.top = (rect.bottom + window.scrollY + 6) + 'px';
    tip.hidden = false;
    for (const item of document.querySelectorAll('li.finding.current')) item.classList.remove('current');
    for (const id of ids) document.getElementById(id + '-d')?.classList.add('current');
  }
  function hideTip() { tip.hidden = true; }
  const markOf = (node) => node instanceof Element ? node.closest('mark[data-findings]') : null;
  document.addEventListener('focusin', (event) => { const mark = markOf(event.target); if (mark) showTip(mark); else hideTip(); });
  document.addEventListener('mouseover', (event) => { const mark = markOf(event.target); if (mark && !mark.classList.contains('off')) showTip(mark); });
  document.addEventListener('mouseout', (event) => { if (markOf(event.target) && document.activeElement !== markOf(event.target)) hideTip(); });
  // A side list's place link focuses its mark, so j and k go on from there.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('li.finding a[href^="#"]') : null;
    if (!link) return;
    const mark = document.getElementById(link.getAttribute('href').slice(1));
    if (mark) { event.preventDefault(); mark.focus(); mark.scrollIntoView({block: 'center'}); }
  });

  // The index sorts by any column; a second press reverses it.
  const table = index.querySelector('table.index');
  for (const button of table.querySelectorAll('thead button')) {
    button.addEventListener('click', () => {
      const th = button.parentElement;
      const column = Array.from(th.parentElement.children).indexOf(th);
      const numeric = button.dataset.sort !== 'name';
      const ascending = th.getAttribute('aria-sort') === 'descending' || (th.getAttribute('aria-sort') === null && !numeric);
      for (const other of table.querySelectorAll('thead th')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      const value = (row) => row.children[column].dataset.value;
      const rows = Array.from(body.rows).sort((a, b) => {
        const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  }
})();
`
