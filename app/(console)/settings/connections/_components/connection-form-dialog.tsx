"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/lib/toast";
import type { z } from "zod";
import { FailureNotice } from "@/components/failure-notice";
import { describedBy, Field } from "@/components/plain-field";
import { Button } from "@/components/ui/button";
import { returnFocusOnClose, type DialogControl } from "@/components/on-demand-dialog";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import type { ActionFailure } from "@/lib/actions/result";
import type { ConnectionView } from "@/lib/connections/store";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { CONNECTION_ENVIRONMENTS, updateConnectionSchema } from "@/lib/schemas/connections";
import { addConnection, editConnection } from "../actions";

type FormInput = z.input<typeof updateConnectionSchema>;

/**
 * Add a connection, or edit one: secrets are never sent back, so blank keeps the stored value.
 * Loaded on demand (react-hook-form, zod, radix Dialog) by the button that opens it; `text` is the
 * page's connections, common, validation and guidance words.
 */
export function ConnectionFormDialog({ control, connection, text: words }: { control: DialogControl; connection?: ConnectionView; text: IslandText }) {
  const t = translator(words);
  const { open, onOpenChange: setOpen } = control;
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const editing = Boolean(connection);
  const form = useForm<FormInput>({
    resolver: zodResolver(updateConnectionSchema),
    defaultValues: {
      id: connection?.id ?? "00000000-0000-4000-8000-000000000000",
      name: connection?.name ?? "",
      environment: connection?.environment ?? "sandbox",
      baseUrl: connection && (connection.environment === "custom" || connection.environment === "emulator") ? connection.baseUrl : "",
      clientId: connection?.clientId ?? "",
      apiKey: "",
      webhookSecret: "",
      onBehalfOf: connection?.onBehalfOf ?? "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const environment = useWatch({ control: form.control, name: "environment" });
  const err = (name: keyof FormInput) => {
    const key = errors[name]?.message;
    return key && t.has(`validation.${key}`) ? t(`validation.${key}`) : key;
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!editing && !values.apiKey) return form.setError("apiKey", { message: "required" });
    const { id: _id, clearWebhookSecret: _clear, ...create } = values;
    const result = editing ? await editConnection(values) : await addConnection({ ...create, apiKey: values.apiKey ?? "" });
    if (result.ok) {
      toast.success(t(editing ? "connections.saved" : "connections.added", { name: result.data.name }));
      setOpen(false);
      if (!editing) form.reset();
      return;
    }
    if (!applyFieldErrors(result, form.setError)) setFailure(result);
  });

  const field = (name: keyof FormInput, label: string, input: ReactNode, hint?: string) => (
    <Field id={`connection-${name}`} label={label} error={err(name)} hint={hint}>
      {input}
    </Field>
  );
  const text = (name: keyof FormInput, type = "text", hint?: boolean) => (
    <Input type={type} autoComplete="off" {...describedBy(`connection-${name}`, err(name), hint)} {...form.register(name)} />
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent closeLabel={t("common.close")} onCloseAutoFocus={returnFocusOnClose(control)}>
        <DialogTitle>{editing ? t("connections.editTitle", { name: connection!.name }) : t("connections.add")}</DialogTitle>
        <DialogDescription>{t("connections.formDescription")}</DialogDescription>
        <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={editing ? t("connections.edit") : t("connections.add")}>
          <FailureNotice failure={failure} text={words} />
          {field("name", t("common.name"), text("name"))}
          {field(
            "environment",
            t("connections.environment"),
            <NativeSelect {...describedBy("connection-environment", err("environment"))} {...form.register("environment")}>
              {CONNECTION_ENVIRONMENTS.map((e) => (
                <option key={e} value={e}>
                  {t(`connections.environments.${e}`)}
                </option>
              ))}
            </NativeSelect>,
          )}
          {environment === "custom" || environment === "emulator"
            ? field("baseUrl", t("connections.baseUrl"), text("baseUrl", "url", true), t("connections.baseUrlHint"))
            : null}
          {field("clientId", t("connections.clientId"), text("clientId"))}
          {field("apiKey", t("connections.apiKey"), text("apiKey", "password", editing), editing ? t("connections.keepSecret") : undefined)}
          {field("webhookSecret", t("connections.webhookSecret"), text("webhookSecret", "password", editing), editing ? t("connections.keepSecret") : undefined)}
          {field("onBehalfOf", t("connections.onBehalfOf"), text("onBehalfOf", "text", true), t("connections.onBehalfOfHint"))}
          <div className="flex justify-end gap-2 pt-1">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {t("common.save")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
