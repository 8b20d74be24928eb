// motcua console: small progressive enhancements. Every action works without this file (plain form POSTs).
(function () {
  // Ask before destructive actions: forms, or the button that submits one, marked data-confirm="question".
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.getAttribute && button.getAttribute("data-confirm")) || (form && form.getAttribute && form.getAttribute("data-confirm"));
    if (question && !window.confirm(question)) event.preventDefault();
  });

  // A submit button that says what it will do as a radio choice changes: <button data-label-for="when"
  // data-label-now="Gửi" data-label-later="Hẹn giờ"> follows the radios named "when" of its form.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.type !== "radio" || !input.form) return;
    var buttons = input.form.querySelectorAll('[data-label-for="' + input.name + '"]');
    for (var i = 0; i < buttons.length; i++) {
      var label = buttons[i].getAttribute("data-label-" + input.value);
      if (label) buttons[i].textContent = label;
    }
  });

  // Upload progress for forms marked data-upload-progress="<id of a <progress>>": the browser sends the file with
  // XMLHttpRequest so the bar can follow the bytes, then shows the page the server answers.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.getAttribute || !form.hasAttribute("data-upload-progress")) return;
    var bar = document.getElementById(form.getAttribute("data-upload-progress"));
    if (!bar || !window.FormData) return;
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    bar.hidden = false;
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
    };
    xhr.onload = function () {
      if (xhr.responseURL && xhr.responseURL !== form.action) window.location.assign(xhr.responseURL);
      else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    };
    xhr.onerror = function () {
      bar.hidden = true;
      form.submit();
    };
    xhr.send(new FormData(form));
  });

  // Live regions: an element marked data-live="<url>" is fetched again every data-live-every seconds (htmx swaps it
  // in place) while the page is visible and someone used it in the last 30 minutes. An unattended screen stops
  // asking, so its console session still ends after the configured idle time.
  var IDLE_MS = 30 * 60 * 1000;
  var lastInput = Date.now();
  var refreshedAt = {};
  ["keydown", "pointerdown", "touchstart", "scroll"].forEach(function (name) {
    document.addEventListener(name, function () { lastInput = Date.now(); }, { passive: true, capture: true });
  });
  setInterval(function () {
    if (!window.htmx || document.visibilityState !== "visible" || Date.now() - lastInput > IDLE_MS) return;
    var regions = document.querySelectorAll("[data-live][id]");
    for (var i = 0; i < regions.length; i++) {
      var el = regions[i];
      var every = (Number(el.getAttribute("data-live-every")) || 20) * 1000;
      if (!refreshedAt[el.id]) refreshedAt[el.id] = Date.now();
      if (Date.now() - refreshedAt[el.id] < every) continue;
      refreshedAt[el.id] = Date.now();
      window.htmx.ajax("GET", el.getAttribute("data-live"), { target: "#" + el.id, swap: el.getAttribute("data-live-swap") || "outerHTML" });
    }
  }, 1000);
})();
