// The "Print" button of printable pages; pages work without it (the browser's own Print command does the same).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("print-now");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
});
