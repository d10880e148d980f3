// Webhooks: the endpoint exists in this deploy and refuses a request without a valid signature.
import { httpRequest } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, type Net } from './net.js';
import { joinUrl } from './routes.js';

/** What an unsigned POST's status says about the endpoint; undefined when it refused it as it should. */
export function webhookProblem(
  status: number,
): { severity: 'high' | 'blocker'; text: string; fix: string } | undefined {
  if ([400, 401, 403, 422].includes(status)) return undefined;
  if (status >= 200 && status < 300)
    return {
      severity: 'blocker',
      text: `accepted an unsigned POST (${status})`,
      fix: "verify the provider's signature header (e.g. Stripe-Signature, X-Hub-Signature-256) before acting, and answer 400/401 when it is missing or wrong",
    };
  if (status === 404 || status === 405 || (status >= 300 && status < 400))
    return {
      severity: 'high',
      text: `answered ${status}: the route is missing in this deploy`,
      fix: 'check the route is deployed at this path and accepts POST; the provider retries and then disables the endpoint',
    };
  return {
    severity: 'high',
    text: `answered ${status} to an unsigned POST`,
    fix: 'check the signature before parsing the body and answer 400/401 when it is missing; look at the service logs',
  };
}

/** POSTs `{}` without a signature to each webhook path. */
export async function checkWebhooks(net: Net, base: string, paths: string[], insecure: boolean): Promise<Part> {
  const part = emptyPart();
  for (const path of paths) {
    const url = joinUrl(base, path);
    const rules = ['smoke-webhook'];
    try {
      const res = await httpRequest(net, url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        insecure,
      });
      const p = webhookProblem(res.status);
      const findings = p
        ? [
            finding({
              rule: 'smoke-webhook',
              severity: p.severity,
              url,
              key: path,
              message: `webhook ${path} ${p.text}`,
              why:
                p.severity === 'blocker'
                  ? 'anyone can forge events (a paid invoice, a new subscription) by posting to this URL'
                  : 'the provider cannot deliver events: payments, sign-ups or syncs are silently lost',
              fix: p.fix,
            }),
          ]
        : [];
      part.findings.push(...findings);
      part.items.push({ url, name: `Webhook POST ${path}`, value: `unsigned: ${res.status}`, rules, findings });
    } catch (e) {
      const f = finding({
        rule: 'smoke-webhook',
        severity: 'high',
        url,
        key: path,
        message: `webhook ${path} failed: ${describeError(e)}`,
        why: 'the provider cannot deliver events: payments, sign-ups or syncs are silently lost',
        fix: 'check the route is deployed and reachable',
      });
      part.findings.push(f);
      part.items.push({ url, name: `Webhook POST ${path}`, value: describeError(e), rules, findings: [f] });
    }
  }
  return part;
}
