"use client";

import { FileCheck2, X } from "@/components/icons";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/fill";
import { DOCUMENT_MIME_TYPES, MAX_DOCUMENT_BYTES } from "@/lib/required-fields/rules";

export type ChosenFile = { base64: string; name: string; type: string; size: number };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // UQPAY wants the bare base64 text: no "data:…;base64," prefix (invalid_file_content).
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * An identity document picker: JPEG, PNG or PDF up to 2 MB, handed to the form as base64.
 * `onError` receives a requiredFields error code ("file_type", "file_too_large", "file_read").
 * `t` reads island text holding requiredFields.ui.* (lib/i18n/fill).
 */
export function FileUpload({
  id,
  value,
  onChange,
  onError,
  describedBy,
  invalid,
  disabled,
  t,
}: {
  id: string;
  value: string;
  onChange: (file: ChosenFile | null) => void;
  onError: (code: string) => void;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  t: Translate;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    if (!(DOCUMENT_MIME_TYPES as readonly string[]).includes(file.type)) return onError("file_type");
    if (file.size > MAX_DOCUMENT_BYTES) return onError("file_too_large");
    try {
      const base64 = await readBase64(file);
      setChosen({ name: file.name, size: file.size });
      onChange({ base64, name: file.name, type: file.type, size: file.size });
    } catch {
      onError("file_read");
    }
  }

  function clear() {
    setChosen(null);
    if (input.current) input.current.value = "";
    onChange(null);
  }

  return (
    <div className="grid gap-1.5">
      <input
        ref={input}
        id={id}
        type="file"
        accept={DOCUMENT_MIME_TYPES.join(",")}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => void choose(e.target.files?.[0])}
        className="text-sm file:mr-3 file:rounded-md file:border file:bg-secondary file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      {value && chosen ? (
        <p className="flex items-center gap-2 text-xs text-muted-foreground">
          <FileCheck2 className="size-4 text-success" aria-hidden />
          {t("requiredFields.ui.fileChosen", { name: chosen.name, size: Math.ceil(chosen.size / 1024) })}
          <Button type="button" variant="ghost" size="sm" onClick={clear} aria-label={t("requiredFields.ui.removeFile", { name: chosen.name })}>
            <X aria-hidden />
          </Button>
        </p>
      ) : null}
    </div>
  );
}
