// The web interface's one script: copying a text (a key just issued) to the clipboard. navigator.clipboard needs a
// secure context (https, or localhost); elsewhere a hidden text area and the older copy command do it.
window.platformCopy = async function (text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }
};
