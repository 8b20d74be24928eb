/**
 * Wire shapes of the Zalo Official Account Open API v3 and OAuth v4, as far as motcua uses them
 * (see ../shared/notes/zalo-platform.md). Ids are long numbers beyond 2^53: always strings.
 */

/** Every Open API answer: HTTP 200 even on failure, `error != 0` says it failed. */
export interface ZaloEnvelope<T> {
  error: number;
  message: string;
  data?: T;
}

/** A button of a text-with-buttons template (unconfirmed on v3: only sent when ZALO_BUTTONS=on). */
export type ZaloButton =
  | { type: "oa.open.url"; title: string; payload: { url: string } }
  | { type: "oa.query.show" | "oa.query.hide"; title: string; payload: string }
  | { type: "oa.open.phone"; title: string; payload: { phone_code: string } };

/** One customer-service message body (`POST /v3.0/oa/message/cs`) without the recipient. */
export type ZaloCsMessage =
  | { text: string }
  | { text: string; attachment: { type: "template"; payload: { buttons: ZaloButton[] } } }
  | {
      text?: string;
      attachment: {
        type: "template";
        payload: { template_type: "media"; elements: Array<{ media_type: "image"; attachment_id: string } | { media_type: "image"; url: string }> };
      };
    }
  | {
      attachment: {
        type: "template";
        payload: { template_type: "request_user_info"; elements: Array<{ title: string; subtitle: string; image_url?: string }> };
      };
    };

/** What `message/cs` returns in `data`. */
export interface ZaloSendResult {
  message_id: string;
  user_id: string;
}

/** `GET /v3.0/oa/user/detail` data (only the fields motcua reads). */
export interface ZaloUserProfile {
  user_id: string;
  display_name?: string;
  user_is_follower?: boolean;
}

/** OAuth v4 token answer; `expires_in` is a string of seconds. */
export interface ZaloTokenResponse {
  access_token?: string;
  refresh_token?: string;
  expires_in?: string | number;
  refresh_token_expires_in?: string | number;
  error?: number;
  error_name?: string;
  error_reason?: string;
  error_description?: string;
}

/** A webhook event as Zalo posts it (only the fields motcua reads). */
export interface ZaloWebhookEvent {
  event_name: string;
  app_id?: string;
  timestamp: string;
  oa_id?: string;
  user_id_by_app?: string;
  sender?: { id: string };
  recipient?: { id: string };
  follower?: { id: string };
  message?: {
    msg_id?: string;
    text?: string;
    quote_msg_id?: string;
    attachments?: Array<{ type: string; payload?: Record<string, unknown> }>;
  };
  /** `user_submit_info`: what the citizen agreed to share (shape unconfirmed). */
  info?: { name?: string; phone?: string; address?: string; city?: string; district?: string };
}
