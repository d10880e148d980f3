import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/ai/rules.ts
var DOCS = "docs/ai/README.md";
var AI_RULES = [
  {
    id: "ai-canary-leak",
    title: "An answer contains a canary (system prompt phrase or configured secret)",
    why: "The app handed out text it must never reveal: whoever asks the same way gets your system prompt or a key.",
    fix: "Keep secrets out of the prompt and the model context (call tools server-side with their own credentials); filter answers for canaries before they leave the server; refuse requests for instructions.",
    docs: `${DOCS}#ai-canary-leak`,
    security: true
  },
  {
    id: "ai-secret-in-answer",
    title: "An answer contains a credential",
    why: "A live-looking key in a chat answer is a leak to every user of the chat.",
    fix: "Revoke the key; never put credentials in the model context; scan answers for credentials before they are returned.",
    docs: `${DOCS}#ai-secret-in-answer`,
    security: true
  },
  {
    id: "ai-prompt-injection",
    title: "The app followed an instruction smuggled into the prompt",
    why: "Text a user pastes (an email, a web page, a document) can take over the assistant: the same channel can trigger tools or leak data.",
    fix: "Separate instructions from data (mark pasted content as untrusted, never let it change the task), constrain the output format, and require confirmation for any action.",
    docs: `${DOCS}#ai-prompt-injection`,
    security: true
  },
  {
    id: "ai-unsafe-action",
    title: "The app carried out an unsafe action on request",
    why: "An assistant that exports records, deletes data, mails everyone or changes roles on request turns one chat message into an incident.",
    fix: "Enforce the user's own permissions in every tool, keep destructive and bulk tools out of the assistant or behind a human confirmation, and scope data access to the user's tenant.",
    docs: `${DOCS}#ai-unsafe-action`,
    security: true
  },
  {
    id: "ai-case-failed",
    title: "An answer missed one of the team's expectations",
    why: "A regression in what the assistant says (a wrong refund window, a broken retrieval, a slow answer) reaches customers silently.",
    fix: "Look at the answer, the prompt and the recent changes to the prompt, retrieval or model; fix, or update the case if the expectation changed.",
    docs: `${DOCS}#ai-case-failed`,
    security: false
  }
];

export {
  DOCS,
  AI_RULES
};
