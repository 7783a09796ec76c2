// The reading modes (适老化: larger text, higher contrast) a reader switches on once and keeps on
// every page. Pages stay one cached copy for everyone: this script, inlined in <head>, sets the
// reader's classes on <html> from localStorage before the first paint, and the masthead's buttons
// (data-reading-mode) toggle and store them. It is one constant in one file so that a Content
// Security Policy can allow it by its hash. Without JavaScript the buttons stay hidden and the
// page follows the browser's text size and prefers-contrast / forced-colors (readingModes.css).
// When React renders <html> afresh on the client (the not-found hand-over, ADR 0011) it drops
// the classes; an observer puts them back.
export const READING_MODE_KEY = 'laurel-reading-modes'

export const readingModeClasses = { large: 'text-large', contrast: 'contrast-high' } as const

export const readingModeScript = `(function(){var d=document.documentElement,k='${READING_MODE_KEY}',c={large:'${readingModeClasses.large}',contrast:'${readingModeClasses.contrast}'},s={};try{s=JSON.parse(localStorage.getItem(k)||'{}')||{}}catch(e){}function a(){d.classList.add('reading-modes-ready');for(var m in c)d.classList.toggle(c[m],!!s[m]);var b=document.querySelectorAll('[data-reading-mode]');for(var i=0;i<b.length;i++)b[i].setAttribute('aria-pressed',s[b[i].getAttribute('data-reading-mode')]?'true':'false')}a();document.addEventListener('DOMContentLoaded',a);new MutationObserver(function(){if(!d.classList.contains('reading-modes-ready'))a()}).observe(d,{attributes:true,attributeFilter:['class']});document.addEventListener('click',function(e){var t=e.target,b=t&&t.closest&&t.closest('[data-reading-mode]');if(!b)return;var m=b.getAttribute('data-reading-mode');s[m]=!s[m];try{localStorage.setItem(k,JSON.stringify(s))}catch(x){}a()})})()`
