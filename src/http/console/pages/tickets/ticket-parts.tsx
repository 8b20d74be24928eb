/**
 * Sections of the ticket page: what the citizen reported (text as text, photos, place with a map link), who
 * reported it, where the deadline stands, the timeline, and the messages sent back with their delivery state.
 */
import type { ReporterContact } from "../../../../core/feedback/desk/ports.js";
import type { MessageLine, TicketView, TimelineEntry } from "../../../../core/feedback/desk/ticket-view.js";
import type { Directory } from "../../../../core/feedback/ports.js";
import { namesPlace } from "../../../../core/feedback/places.js";
import { formatDateTime } from "../../format.js";
import { DeadlineChip } from "./queue-parts.js";
import { channelName, DEADLINE_KIND, DELIVERY, deliveryReason, EVENT, TP } from "./messages.vi.js";

const photoUrl = (ticketId: string, photoId: string) => `/console/tickets/${ticketId}/photos/${photoId}`;

/** Where the running deadline stands, in working time. */
export function DeadlineBox({ view }: { view: TicketView }) {
  const d = view.running;
  if (!d) return <p class="muted">{TP.noRunningDeadline}</p>;
  return (
    <div class={`callout ${d.overdue ? "error" : d.soon ? "warning" : "info"} deadline-box`}>
      <p>
        <strong>{DEADLINE_KIND[d.kind]}:</strong> {d.dueText} <DeadlineChip deadline={d} />
      </p>
      <p class="muted">{TP.dueHint}</p>
    </div>
  );
}

/** The citizen's report: text, address and map link, photos. */
export function Report({ view, timeZone }: { view: TicketView; timeZone: string }) {
  const t = view.ticket;
  const citizenPhotos = view.photos.filter((p) => p.channel !== "staff");
  return (
    <section class="panel" aria-labelledby="report-h">
      <h2 id="report-h">{TP.text}</h2>
      <p class="citizen-text">{t.text}</p>
      <dl class="facts">
        <dt>{TP.received}</dt>
        <dd>{formatDateTime(t.createdAt, timeZone)}</dd>
        <dt>{TP.address}</dt>
        <dd>
          {t.address ?? TP.noAddress}
          {t.latitude !== null && t.longitude !== null ? (
            <>
              <br />
              <a href={`https://www.openstreetmap.org/?mlat=${t.latitude}&mlon=${t.longitude}#map=18/${t.latitude}/${t.longitude}`} rel="noopener noreferrer" target="_blank">
                {TP.map}
              </a>
            </>
          ) : (
            <>
              <br />
              <span class="muted">{t.address ? TP.noPin : namesPlace(t.text) ? TP.placeInText : TP.noLocation}</span>
            </>
          )}
        </dd>
      </dl>
      <h3>{TP.photos}</h3>
      {citizenPhotos.length === 0 ? <p class="muted">{TP.noPhotos}</p> : null}
      <ul class="photos">
        {citizenPhotos.map((p, i) => (
          <li>
            {p.status === "stored" ? (
              <a href={photoUrl(t.id, p.id)}>
                <img src={photoUrl(t.id, p.id)} alt={TP.photoAlt(i + 1)} loading="lazy" width={160} height={120} />
              </a>
            ) : (
              <span class="photo-missing">{p.status === "pending" ? TP.photoPending : TP.photoFailed}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everyone who reported the problem (duplicates linked to it), without personal data. */
export function Reporters({ view, timeZone }: { view: TicketView; timeZone: string }) {
  return (
    <section class="panel" aria-labelledby="reporters-h">
      <h2 id="reporters-h">{TP.reporters(view.reporters.length)}</h2>
      {view.reporters.length > 1 ? <p class="muted">{TP.reportersHint}</p> : null}
      <ol class="reporters">
        {view.reporters.map((r, i) => (
          <li>
            <p>
              <strong>{r.owner ? TP.firstReporter : TP.otherReporter(i + 1)}</strong> · {formatDateTime(r.createdAt, timeZone)}
              {r.channel ? ` · ${channelName(r.channel)}` : ""}
            </p>
            {i > 0 ? <p class="citizen-text">{r.text}</p> : null}
          </li>
        ))}
      </ol>
      {view.mayViewContacts ? (
        <div id="contacts">
          <p class="muted">{TP.contactsHint}</p>
          <a class="button secondary" href={`/console/tickets/${view.ticket.id}/contacts`} hx-get={`/console/tickets/${view.ticket.id}/contacts`} hx-target="#contacts" hx-swap="innerHTML">
            {TP.showContacts}
          </a>
        </div>
      ) : null}
    </section>
  );
}

/** The reporters' contacts, shown on request (the service wrote the view to the audit log). */
export function Contacts({ contacts }: { contacts: ReporterContact[] }) {
  return (
    <div class="contacts">
      <h3>{TP.contacts}</h3>
      {contacts.map((c, i) =>
        c.erased ? (
          <p>{TP.contactErased}</p>
        ) : (
          <dl class="facts">
            <dt>{c.owner ? TP.firstReporter : TP.otherReporter(i + 1)}</dt>
            <dd />
            <dt>{TP.contactName}</dt>
            <dd>{c.fullName ?? TP.contactNone}</dd>
            <dt>{TP.contactPhone}</dt>
            <dd>{c.phone ? <a href={`tel:${c.phone.replace(/[^\d+]/gu, "")}`}>{c.phone}</a> : TP.contactNone}</dd>
            <dt>{TP.contactAddress}</dt>
            <dd>{c.address ?? TP.contactNone}</dd>
          </dl>
        ),
      )}
    </div>
  );
}

/** Who did what and when; what the citizen saw told apart from internal entries. */
export function Timeline({ view, timeZone, directory }: { view: TicketView; timeZone: string; directory: Directory }) {
  const name = (ref: unknown) =>
    typeof ref === "string" ? (directory.departments.find((d) => d.id === ref || d.code === ref)?.name ?? "—") : TP.noDepartment;
  return (
    <section class="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{TP.timeline}</h2>
      <ol class="timeline">
        {view.timeline.map((entry) => (
          <TimelineItem entry={entry} timeZone={timeZone} name={name} view={view} />
        ))}
      </ol>
    </section>
  );
}

function TimelineItem({ entry, timeZone, name, view }: { entry: TimelineEntry; timeZone: string; name: (id: unknown) => string; view: TicketView }) {
  const when = formatDateTime(entry.at, timeZone);
  if (entry.kind === "alert") {
    const kind = DEADLINE_KIND[entry.alert.kind];
    return (
      <li class="timeline-item internal">
        <p class="timeline-head">
          <strong>{entry.alert.stage === "reminder" ? TP.alertReminder(kind) : TP.alertOverdue(kind)}</strong> <span class="badge off">{TP.internalTag}</span>
        </p>
        <p class="muted">
          {when} · {TP.actorSystem}
        </p>
      </li>
    );
  }
  const e = entry.event;
  const actor = e.actorType === "citizen" ? TP.actorCitizen : e.actorType === "system" ? TP.actorSystem : (entry.actorName ?? TP.actorStaff);
  const data = e.data ?? {};
  const confidence = typeof data.confidence === "number" ? Math.round(data.confidence * 100) : null;
  const detail =
    e.type === "route"
      ? e.toStatus === "triage"
        ? TP.routedToTriage(typeof data.suggested === "string" ? name(data.suggested) : null, confidence)
        : TP.routedTo(name(data.departmentId ?? data.suggested), e.actorType === "system" ? confidence : null)
      : e.type === "transfer"
        ? TP.transferred(name(data.fromDepartmentId), name(data.toDepartmentId))
        : e.type === "reject" && typeof data.redirectTo === "string"
          ? TP.redirectTo(data.redirectTo)
          : e.type === "rate" && typeof data.stars === "number"
            ? TP.stars(data.stars)
            : e.type === "urgency" && typeof data.urgent === "boolean"
              ? TP.urgencyMarked(data.urgent)
              : null;
  const photos = view.photos.filter((p) => p.eventId === e.id && p.status === "stored");
  return (
    <li class={`timeline-item ${e.public ? "public" : "internal"}`}>
      <p class="timeline-head">
        <strong>{EVENT[e.type]}</strong> <span class={`badge ${e.public ? "info" : "off"}`}>{e.public ? TP.publicTag : TP.internalTag}</span>
      </p>
      <p class="muted">
        {when} · {actor}
      </p>
      {detail ? <p>{detail}</p> : null}
      {e.note ? <p class="citizen-text">{e.note}</p> : null}
      {photos.map((p) => (
        <a href={photoUrl(view.ticket.id, p.id)}>
          <img src={photoUrl(view.ticket.id, p.id)} alt={TP.staffPhotoAlt} loading="lazy" width={160} height={120} />
        </a>
      ))}
    </li>
  );
}

/** The messages sent to the reporters' chats and what became of each. */
/** When a message was written and sent: one time when both fall in the same minute ("04:59 → lúc 04:59" said nothing). */
function sentLine(m: MessageLine, timeZone: string): string {
  const created = formatDateTime(m.createdAt, timeZone);
  if (!m.sentAt) return created;
  const sent = formatDateTime(m.sentAt, timeZone);
  return sent === created ? TP.sentAtOnce(sent) : TP.createdThenSent(created, sent);
}

export function Messages({ messages, timeZone, ticketId, mayViewContacts }: { messages: MessageLine[]; timeZone: string; ticketId: string; mayViewContacts: boolean }) {
  return (
    <section class="panel" aria-labelledby="messages-h">
      <h2 id="messages-h">{TP.messages}</h2>
      <p class="muted">{TP.messagesHint}</p>
      {messages.length === 0 ? <p>{TP.noMessages}</p> : null}
      <ol class="messages">
        {messages.map((m) => (
          <li class={`message ${m.status}`}>
            <p class="timeline-head">
              <span class={`badge ${m.status === "sent" ? "ok" : m.status === "failed" || m.status === "blocked" ? "danger" : "warn"}`}>{DELIVERY[m.status].split(" (")[0]}</span>{" "}
              <span class="muted">{TP.messageTo(m.reporterNumber, channelName(m.channel))}</span>
            </p>
            <p>{m.preview}</p>
            <p class="muted">
              {sentLine(m, timeZone)}
              {m.attempts > 1 ? ` · ${TP.attempts(m.attempts)}` : ""}
            </p>
            {m.status === "held" ? <p class="muted">{DELIVERY.held}</p> : null}
            {m.lastError && m.status !== "sent" && m.status !== "held" ? <p class="muted">{TP.reason(deliveryReason(m.lastError))}</p> : null}
            {m.status === "failed" || m.status === "blocked" ? (
              mayViewContacts ? (
                <p>
                  {TP.undelivered} <a href={`/console/tickets/${ticketId}/contacts`}>{TP.showContacts}</a>
                </p>
              ) : (
                <p>{TP.undeliveredNoContacts}</p>
              )
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
