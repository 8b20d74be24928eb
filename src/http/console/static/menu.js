// Runs right after the menu (before the page paints): on a phone the menu starts folded, on a wide screen open.
(function () {
  var menu = document.querySelector("details.menu");
  if (menu && window.matchMedia("(max-width: 899px)").matches) menu.removeAttribute("open");
})();
