"use client";

import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { ArrayFieldset, ArrayRow } from "./array-fields";
import { FieldMessage, TextAreaField, TextField, emptyToNull, inputClass, useFieldState } from "./field";

export interface ArticleOption {
  id: string;
  label: string;
}

type Mode = "url" | "article";

function CitationRow({ index, articles, onRemove }: { index: number; articles: ArticleOption[]; onRemove: () => void }) {
  const { register, setValue, getValues } = useFormContext();
  const base = `citations.${index}`;
  const [mode, setMode] = useState<Mode>(() => (getValues(`${base}.articleId`) ? "article" : "url"));
  // "A citation needs an article or a URL" is reported on url; in article mode it belongs to the article choice.
  const urlState = useFieldState(`${base}.url`);
  const articleState = useFieldState(`${base}.articleId`);
  const articleMessage = articleState.message ?? urlState.message;

  function choose(next: Mode) {
    setMode(next);
    setValue(next === "url" ? `${base}.articleId` : `${base}.url`, null, { shouldDirty: true });
  }

  return (
    <ArrayRow label={`Source ${index + 1}`} onRemove={onRemove}>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Kind of source {index + 1}</legend>
        {(["url", "article"] as const).map((m) => (
          <label key={m} className="flex items-center gap-1.5">
            <input type="radio" name={`citation-mode-${index}`} checked={mode === m} onChange={() => choose(m)} disabled={m === "article" && !articles.length} />
            {m === "url" ? "Web address" : "Quote from a stored article"}
          </label>
        ))}
        {!articles.length && <span className="text-xs text-muted">(no articles stored yet)</span>}
      </fieldset>
      {mode === "url" ? (
        <TextField name={`${base}.url`} label="Address" type="url" inputMode="url" required options={{ setValueAs: emptyToNull }} />
      ) : (
        <div>
          <label htmlFor={articleState.id} className="block text-sm font-medium">
            Article <span className="text-muted">(required)</span>
          </label>
          <select
            {...articleState.a11y}
            aria-invalid={articleMessage ? true : undefined}
            aria-describedby={articleMessage ? articleState.errorId : undefined}
            {...register(`${base}.articleId`, { setValueAs: emptyToNull })}
            className={inputClass}
          >
            <option value="">Choose an article…</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
          <FieldMessage id={articleState.errorId} message={articleMessage} />
        </div>
      )}
      <TextAreaField
        name={`${base}.quote`}
        label={mode === "url" ? "Quoted sentence (optional)" : "Quoted sentence"}
        rows={2}
        options={{
          setValueAs: emptyToNull,
          // A changed quote no longer matches the stored character offsets.
          onChange: () => {
            if (getValues(`${base}.startOffset`) != null) {
              setValue(`${base}.startOffset`, null);
              setValue(`${base}.endOffset`, null);
            }
          },
        }}
      />
    </ArrayRow>
  );
}

/** The record's sources (lib/validation/citation): each a web address or a passage of a stored article. */
export function CitationsFields({ articles }: { articles: ArticleOption[] }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "citations" });
  return (
    <ArrayFieldset
      name="citations"
      legend="Sources"
      description="Every fact cites where it comes from: a web address, or a quoted sentence of a stored article."
      addLabel="Add a source"
      onAdd={() => append({ url: null, articleId: null, quote: null, startOffset: null, endOffset: null })}
      empty="No sources yet."
      count={fields.length}
    >
      {fields.map((f, i) => (
        <CitationRow key={f.id} index={i} articles={articles} onRemove={() => remove(i)} />
      ))}
    </ArrayFieldset>
  );
}
