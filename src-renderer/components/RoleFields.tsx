import { Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  ROLES,
  countryRule,
  roleSchema,
  type Role,
} from "../../shared/domain/roles";
import { CountryPicker } from "./CountryPicker";

export interface RoleDraft {
  role: Role;
  countries: string[];
}

interface RoleFieldsProps {
  value: RoleDraft;
  onChange: (value: RoleDraft) => void;
  countriesError?: string | undefined;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** Role choice and the countries it covers: one for field partners, several for regional staff, none for hub staff. */
export function RoleFields({
  value,
  onChange,
  countriesError,
  disabled = false,
  autoFocus = false,
}: RoleFieldsProps) {
  const { t } = useTranslation();
  const changeRole = (role: Role) => {
    const { max } = countryRule[role];
    onChange({ role, countries: value.countries.slice(0, max) });
  };
  return (
    <Stack gap="md">
      <Radio.Group
        label={t("onboarding.roleLabel")}
        value={value.role}
        onChange={(role) => {
          changeRole(roleSchema.parse(role));
        }}
        required
      >
        <Stack gap="sm" mt="xs">
          {ROLES.map((role) => (
            <Radio
              key={role}
              value={role}
              label={t(`roles.${role}.name`)}
              description={t(`roles.${role}.description`)}
              disabled={disabled}
              autoFocus={autoFocus && role === value.role}
            />
          ))}
        </Stack>
      </Radio.Group>
      {value.role === "hub" ? (
        <Text size="sm">{t("countries.hub")}</Text>
      ) : (
        <CountryPicker
          multiple={value.role === "regional"}
          label={t(`countries.${value.role}`)}
          value={value.countries}
          onChange={(countries) => {
            onChange({ ...value, countries });
          }}
          error={countriesError}
          disabled={disabled}
        />
      )}
    </Stack>
  );
}
