/**
 * Forms whose state lives in react-hook-form and is checked before sending by the shared
 * zod schema of the API body, through the zod resolver. The schema's zod messages never
 * reach the user: each issue carries its stable code and parameters (the server's own
 * wording of problems, `fieldIssues`), and a failed check becomes the same 400 `validation_failed` the server would
 * answer, so the field messages and the error summary of `Form` show it in the user's words.
 */
import { useMemo } from "react";
import { useForm as useHookForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { fieldIssues, ISSUE_CODES, type FieldIssue, type IssueCode } from "@parklink/shared";
import { z } from "zod";
import { ApiError } from "../api/http";
import { useForm, type FormState } from "./form";

/**
 * The schema as the resolver sees it: each problem is reported as the server would word it
 * (`fieldIssues`: its stable code and parameters, carried in the message as JSON).
 */
function withCodes<V>(schema: z.ZodType<unknown, V>) {
  return z.custom<V>().superRefine((value, ctx) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const i of fieldIssues(result.error, "body", value)) {
      ctx.addIssue({ code: "custom", path: i.field.split("."), message: JSON.stringify({ code: i.code, ...(i.params ? { params: i.params } : {}) }) });
    }
  });
}

function decode(message: string): Pick<FieldIssue, "code" | "params"> {
  try {
    const parsed = JSON.parse(message) as { code?: string; params?: FieldIssue["params"] };
    if (parsed.code && (ISSUE_CODES as readonly string[]).includes(parsed.code)) return { code: parsed.code as IssueCode, ...(parsed.params ? { params: parsed.params } : {}) };
  } catch {
    // Not one of ours: a general "is not valid".
  }
  return { code: "invalid" };
}

/** react-hook-form's nested errors as the API's list of field issues ("title.en", "industries"). */
export function fieldIssuesOf(errors: FieldErrors, prefix = ""): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const field = prefix ? `${prefix}.${key}` : key;
    const error = value as { message?: unknown; type?: unknown };
    if (typeof error.message === "string" && typeof error.type === "string") {
      const { code, params } = decode(error.message);
      issues.push({ field: field === "root" ? "body" : field, code, message: code.replace(/_/g, " "), ...(params ? { params } : {}) });
    } else issues.push(...fieldIssuesOf(value as FieldErrors, field));
  }
  return issues;
}

export interface SchemaForm<V extends FieldValues> {
  form: FormState;
  values: UseFormReturn<V>;
  /** A controlled field's value and setter, for the labelled inputs of components/fields. */
  bind<N extends Path<V>>(name: N): { value: PathValue<V, N>; onChange(value: PathValue<V, N>): void };
}

/**
 * A form whose values (`V`, strings as typed) the schema turns into the API body and
 * checks; `send` gets the values once they pass (and builds the same body).
 */
export function useSchemaForm<V extends FieldValues, R>(
  schema: z.ZodType<unknown, V>,
  defaultValues: V,
  send: (values: V) => Promise<R>,
  onDone?: (result: R) => void,
): SchemaForm<V> {
  const resolver = useMemo(() => zodResolver(withCodes(schema), undefined, { raw: true }), [schema]);
  const values = useHookForm<V>({ defaultValues: defaultValues as DefaultValues<V>, resolver });
  const form = useForm(
    () =>
      new Promise<R>((resolve, reject) => {
        void values.handleSubmit(
          (checked) => send(checked).then(resolve, reject),
          (errors) => reject(new ApiError(400, "validation_failed", "the form has problems", { issues: fieldIssuesOf(errors) })),
        )();
      }),
    onDone,
  );
  const bind = <N extends Path<V>>(name: N) => ({
    value: values.watch(name),
    onChange: (value: PathValue<V, N>) => values.setValue(name, value),
  });
  return { form, values, bind };
}
