// factfinder workbench: review-queue keyboard shortcuts and a busy state on slow forms.
"use strict";
document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]")) return;
  const control = document.querySelector(`[data-key="${event.key.toLowerCase()}"]`);
  if (!control) return;
  event.preventDefault();
  control.click();
});
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.submitted) { event.preventDefault(); return; }  // no double submission
  form.dataset.submitted = "1";
  const busy = form.querySelector("[data-busy]");
  if (busy) { busy.textContent = busy.dataset.busy; busy.setAttribute("aria-busy", "true"); }
});
