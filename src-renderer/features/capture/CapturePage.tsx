import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  findSourceLeaks,
  type SharedTextField,
} from "../../../shared/domain/source-leaks";
import type { ObservationValues } from "../../../shared/domain/observation";
import { useDesk } from "../../app/desk-context";

import {
  currentObservation,
  saveObservation,
} from "../../db/observation-writes";
import { CaptureForm } from "./CaptureForm";
import {
  draftValuesSchema,
  emptyCapture,
  fromObservation,
  type CaptureValues,
} from "./capture-values";
import { useDraftAutosave } from "./use-draft-autosave";
import { validateCapture } from "./use-capture-validation";
import { localToday } from "../../app/local-today";

const NEW_DRAFT_ID = "new";

interface CapturePageProps {
  /** The observation to edit, or null to record a new one. */
  observationId: string | null;
  defaultCountry: string;
  onSaved: (observationId: string) => void;
}

/** Loads the draft (or the saved observation) first, so the form opens with what was typed last. */
export function CapturePage(props: CapturePageProps) {
  const { db } = useDesk();
  const [loaded, setLoaded] = useState<{
    values: CaptureValues;
    observationId: string;
    status: string;
  } | null>(null);
  useEffect(() => {
    const load = { cancelled: false };
    const draftId = props.observationId ?? NEW_DRAFT_ID;
    void (async () => {
      const draft = await db.drafts.get(draftId);
      const observationId =
        props.observationId ?? draft?.observationId ?? crypto.randomUUID();
      const saved = await currentObservation(db, observationId);
      const source = await db.sources.get(observationId);
      const base = saved
        ? fromObservation(saved, source)
        : emptyCapture(localToday(new Date()), props.defaultCountry);
      const values = {
        ...base,
        ...draftValuesSchema.parse(draft?.values ?? {}),
      };
      if (!load.cancelled)
        setLoaded({
          values,
          observationId,
          status: saved?.status ?? "draft",
        });
    })();
    return () => {
      load.cancelled = true;
    };
  }, [db, props.observationId, props.defaultCountry]);
  if (loaded === null) return <Loader aria-label="…" />;
  return (
    <CaptureEditor
      key={loaded.observationId}
      {...props}
      initial={loaded.values}
      observationId={loaded.observationId}
      draftId={props.observationId ?? NEW_DRAFT_ID}
      status={loaded.status}
    />
  );
}

interface EditorProps {
  initial: CaptureValues;
  observationId: string;
  draftId: string;
  status: string;
  onSaved: (observationId: string) => void;
}

function CaptureEditor({
  initial,
  observationId,
  draftId,
  status,
  onSaved,
}: EditorProps) {
  const { t } = useTranslation();
  const { db } = useDesk();
  const form = useForm<CaptureValues>({ defaultValues: initial });
  const [problem, setProblem] = useState<
    "invalid" | "savedExceptInvalid" | "writeFailed" | null
  >(null);
  const [leaks, setLeaks] = useState<SharedTextField[]>([]);
  const onAutosaveError = useCallback(() => {
    setProblem("writeFailed");
  }, []);
  const autosave = useDraftAutosave(
    db,
    form,
    draftId,
    observationId,
    onAutosaveError,
  );
  const isFinal = status === "final";

  /** A draft save with invalid fields keeps the valid rest; the draft row keeps everything. */
  const saveValidRest = async (values: ObservationValues, now: Date) => {
    try {
      await saveSource();
      await saveObservation(
        db,
        observationId,
        { ...values, status: "draft" },
        now,
      );
      autosave.current.save();
      setProblem("savedExceptInvalid");
    } catch {
      autosave.current.save();
      setProblem("writeFailed");
    }
  };
  const saveSource = () => {
    const { sourceName, sourceContact, sourceNotes } = form.getValues();
    return db.sources.put({
      observationId,
      name: sourceName,
      contact: sourceContact,
      notes: sourceNotes,
    });
  };

  const save = async (markFinal: boolean, leaksConfirmed = false) => {
    const now = new Date();
    const final = markFinal || isFinal;
    const { valid, validRest } = validateCapture(form, final, now);
    if (valid === null) {
      setProblem("invalid");
      if (validRest !== null) await saveValidRest(validRest, now);
      return;
    }
    const values = valid;
    const { sourceName, sourceContact } = form.getValues();
    const found =
      final && !leaksConfirmed
        ? findSourceLeaks(values, { name: sourceName, contact: sourceContact })
        : [];
    if (found.length > 0) {
      setLeaks(found);
      return;
    }
    setLeaks([]);
    autosave.current.discard();
    try {
      await saveSource();
      await saveObservation(
        db,
        observationId,
        { ...values, status: final ? "final" : "draft" },
        now,
        draftId,
      );
      onSaved(observationId);
    } catch {
      autosave.current.save();
      setProblem("writeFailed");
    }
  };

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {status === "draft" && initial.title === ""
          ? t("capture.newTitle")
          : t("capture.editTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("capture.draftNote")}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <CaptureForm form={form} />
        {problem && (
          <Alert
            color={problem === "savedExceptInvalid" ? "yellow" : "red"}
            role="alert"
            mt="md"
          >
            {t(`capture.${problem}`)}
          </Alert>
        )}
        <Group mt="md">
          <Button type="submit" variant={isFinal ? "filled" : "default"}>
            {isFinal ? t("capture.saveChanges") : t("capture.save")}
          </Button>
          {!isFinal && (
            <Button
              onClick={() => {
                void save(true);
              }}
            >
              {t("capture.markFinal")}
            </Button>
          )}
        </Group>
      </form>
      <Modal
        opened={leaks.length > 0}
        onClose={() => {
          setLeaks([]);
        }}
        title={t("capture.leakTitle")}
      >
        <Text>
          {t("capture.leakText", {
            fields: leaks
              .map((field) => t(`observation.fields.${field}`))
              .join(", "),
          })}
        </Text>
        <Group mt="md" justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              setLeaks([]);
            }}
          >
            {t("capture.leakEdit")}
          </Button>
          <Button
            color="red"
            onClick={() => {
              void save(true, true);
            }}
          >
            {t("capture.leakConfirm")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
