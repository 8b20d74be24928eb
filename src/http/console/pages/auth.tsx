/**
 * Sign-in, sign-out and the password page. The sign-in form is bound to a pre-session cookie for CSRF; a
 * successful sign-in sets the session cookie and goes on to the page the person wanted (a console path only),
 * or to the password page while a one-time password must be changed.
 */
import { isAppError } from "../../../core/shared/app-error.js";
import { formatDateTime } from "../format.js";
import { T } from "../messages.vi.js";
import { page, redirect, type ConsoleRoute, type FormFields } from "../route.js";
import { PASSWORD_PATH, safeNext } from "../router.js";
import { Callout, Field, FormErrors, PageHeader, PostForm, type FieldErrors } from "../views/ui.js";

function SignInForm({ email, next, problem }: { email: string; next: string; problem?: string }) {
  return (
    <>
      <h1>{T.signIn.title}</h1>
      <p class="muted">{T.signIn.intro}</p>
      {problem ? <Callout kind="error">{problem}</Callout> : null}
      <PostForm action="/console/sign-in">
        <input type="hidden" name="next" value={next} />
        <Field name="email" label={T.signIn.email} type="email" value={email} autocomplete="username" required maxLength={254} />
        <Field name="password" label={T.signIn.password} type="password" autocomplete="current-password" required maxLength={200} />
        <button type="submit">{T.signIn.submit}</button>
      </PostForm>
      <p class="muted">{T.signIn.forgot}</p>
    </>
  );
}

function PasswordForm({ errors, oneTime }: { errors?: FieldErrors; oneTime: boolean }) {
  return (
    <>
      <PageHeader title={T.password.title} lead={T.password.intro} />
      {oneTime ? <Callout kind="warning">{T.password.oneTime}</Callout> : null}
      <FormErrors errors={errors} />
      <div class="panel">
        <PostForm action="/console/password">
          <Field name="current" label={T.password.current} type="password" autocomplete="current-password" required errors={errors} maxLength={200} />
          <Field name="password" label={T.password.next} type="password" autocomplete="new-password" required errors={errors} maxLength={200} />
          <Field name="confirm" label={T.password.confirm} type="password" autocomplete="new-password" required errors={errors} maxLength={200} />
          <button type="submit">{T.password.submit}</button>
        </PostForm>
      </div>
    </>
  );
}

const nextOf = (fields: FormFields) => safeNext(fields.text("next") || undefined);

export const authRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/sign-in",
    access: "public",
    async handle({ signedIn, query }) {
      if (signedIn) return redirect(signedIn.mustChangePassword ? PASSWORD_PATH : nextOf(query));
      return page(T.signIn.title, <SignInForm email="" next={nextOf(query)} />);
    },
  },
  {
    method: "POST",
    path: "/sign-in",
    access: "public",
    async handle({ form, services, clientKey, session, org }) {
      const email = form.text("email").slice(0, 254);
      const result = await services.auth.signIn(email, form.raw("password"), clientKey);
      if (result.ok) {
        session.start(result.token);
        return redirect(result.mustChangePassword ? PASSWORD_PATH : nextOf(form));
      }
      const problem =
        result.reason === "locked"
          ? T.signIn.locked(formatDateTime(result.until, org.timezone))
          : result.reason === "throttled"
            ? T.signIn.throttled(Math.ceil(result.retryAfterSec / 60))
            : result.reason === "disabled"
              ? T.signIn.disabled
              : T.signIn.invalid;
      const status = result.reason === "throttled" ? 429 : result.reason === "locked" ? 423 : 401;
      return page(T.signIn.title, <SignInForm email={email} next={nextOf(form)} problem={problem} />, { status });
    },
  },
  {
    method: "POST",
    path: "/sign-out",
    access: "signed_in",
    openBeforePasswordChange: true,
    async handle({ session }) {
      await session.end();
      return redirect("/console/sign-in", "signed_out");
    },
  },
  {
    method: "GET",
    path: "/password",
    access: "signed_in",
    openBeforePasswordChange: true,
    async handle({ signedIn }) {
      return page(T.password.title, <PasswordForm oneTime={signedIn.mustChangePassword} />);
    },
  },
  {
    method: "POST",
    path: "/password",
    access: "signed_in",
    openBeforePasswordChange: true,
    async handle({ signedIn, services, form }) {
      try {
        await services.auth.changePassword(signedIn, { current: form.raw("current"), next: form.raw("password"), confirm: form.raw("confirm") });
      } catch (error) {
        if (isAppError(error) && error.fields) {
          return page(T.password.title, <PasswordForm errors={error.fields} oneTime={signedIn.mustChangePassword} />, { status: 422 });
        }
        throw error;
      }
      return redirect("/console", "password_changed");
    },
  },
];
