import { termLabel, HIGHLIGHT_START } from "@parklink/shared";
document.body.textContent = termLabel("industry", "ai", "zh") + HIGHLIGHT_START;
