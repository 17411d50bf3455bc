/*
 * 卫生人才数据 / China Health Workforce Data — embed helper.
 * Resizes each <iframe data-chwd-embed="<chart-id>"> to the height its page reports. Only messages of our
 * type, from that very iframe's window and origin, with a sane height are honoured; everything else is ignored.
 * Safe to include more than once.
 */
(function () {
  'use strict';
  if (window.__chwdEmbed) return;
  window.__chwdEmbed = true;
  var HEIGHT = 'chwd:embed-height';
  var PING = 'chwd:embed-ping';
  var MIN = 120;
  var MAX = 10000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-chwd-embed]'));
  }
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT || typeof data.chart !== 'string') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < MIN) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      if (frame.getAttribute('data-chwd-embed') !== data.chart || originOf(frame) !== event.origin) return;
      frame.style.height = Math.ceil(Math.min(height, MAX)) + 'px';
      return;
    }
  });

  // Frames that loaded before this (async) script ran have already reported: ask them again.
  function ping(frame) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: PING }, origin);
  }
  frames().forEach(function (frame) {
    ping(frame);
    frame.addEventListener('load', function () { ping(frame); });
  });
})();
