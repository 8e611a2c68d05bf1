import type { ReactNode } from "react";

/**
 * The form's building blocks. Each control is tied to its label, its hint and its error
 * (aria-describedby), says when it is invalid (aria-invalid), and shows the error as text with
 * a visible "Error:" prefix, not as colour alone.
 */

export const fieldId = (name: string) => `consultation-${name}`;
export const errorId = (name: string) => `consultation-${name}-error`;
const hintId = (name: string) => `consultation-${name}-hint`;

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

const controlClass =
  "mt-2 block min-h-11 w-full rounded-lg border-2 border-ink-muted bg-white px-3 py-2 text-ink aria-[invalid=true]:border-alert-700";

/** The words before an error for screen readers ("Error:", "Error:" in Spanish too), set per form. */
type ErrorText = { error?: string; errorPrefix?: string };

function ErrorMessage({ name, error, errorPrefix = "Error:" }: { name: string } & ErrorText) {
  if (!error) return null;
  return (
    <p id={errorId(name)} className="mt-1 font-semibold text-alert-700">
      <span aria-hidden="true">⚠ </span>
      <span className="sr-only">{errorPrefix} </span>
      {error}
    </p>
  );
}

/**
 * A field and its messages. Without an error it has no indent, so fields, the crisis box and the
 * button share one left edge; with one, a red bar marks it (and the field moves in beside it).
 */
function Group({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={error ? "border-l-4 border-alert-700 pl-4" : undefined}>{children}</div>;
}

export function TextField(props: {
  name: string;
  label: string;
  defaultValue: string;
  maxLength: number;
  autoComplete: string;
  type?: "text" | "email" | "tel";
  /** Email and phone: needed or not depending on the contact method, so not marked required. */
  conditional?: boolean;
  inputMode?: "text" | "email" | "tel";
  hint?: string;
  error?: string;
  errorPrefix?: string;
  autoFocus?: boolean;
}) {
  const { name, label, hint, error } = props;
  return (
    <Group error={error}>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId(name)} className="text-ink-muted">
          {hint}
        </p>
      ) : null}
      <ErrorMessage name={name} error={error} errorPrefix={props.errorPrefix} />
      <input
        id={fieldId(name)}
        name={name}
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        maxLength={props.maxLength}
        required={!props.conditional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}
        // Only ever set on the first field with an error, right after a failed submission (WCAG 3.3.1).
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={props.autoFocus}
        className={controlClass}
      />
    </Group>
  );
}

export function RadioGroup(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  defaultValue: string;
  error?: string;
  errorPrefix?: string;
  autoFocus?: boolean;
}) {
  const { name, error } = props;
  return (
    <Group error={error}>
      {/* radiogroup (not the implicit group) so the set itself can carry aria-invalid and aria-required. */}
      <fieldset
        role="radiogroup"
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(name) : undefined}
      >
        <legend className="font-semibold">{props.legend}</legend>
        <ErrorMessage name={name} error={error} errorPrefix={props.errorPrefix} />
        <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:gap-6">
          {props.options.map((option, index) => (
            <label key={option.value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="radio"
                name={name}
                value={option.value}
                id={index === 0 ? fieldId(name) : undefined}
                defaultChecked={props.defaultValue === option.value}
                required
                // eslint-disable-next-line jsx-a11y/no-autofocus -- first error after a failed submission
                autoFocus={index === 0 && props.autoFocus}
                className="size-6 accent-brand-700"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    </Group>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue: string;
  error?: string;
  errorPrefix?: string;
  autoFocus?: boolean;
}) {
  const { name, error } = props;
  return (
    <Group error={error}>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {props.label}
      </label>
      <ErrorMessage name={name} error={error} errorPrefix={props.errorPrefix} />
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={props.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(name) : undefined}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- first error after a failed submission
        autoFocus={props.autoFocus}
        className={controlClass}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

export function ConsentCheckbox(props: {
  name: string;
  defaultChecked: boolean;
  error?: string;
  errorPrefix?: string;
  autoFocus?: boolean;
  children: ReactNode;
}) {
  const { name, error } = props;
  return (
    <Group error={error}>
      <ErrorMessage name={name} error={error} errorPrefix={props.errorPrefix} />
      <div className="flex items-start gap-3">
        <input
          id={fieldId(name)}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={props.defaultChecked}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(name) : undefined}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- first error after a failed submission
          autoFocus={props.autoFocus}
          className="mt-1 size-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={fieldId(name)}>{props.children}</label>
      </div>
    </Group>
  );
}
