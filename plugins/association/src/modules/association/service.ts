import { MedusaService } from "@medusajs/framework/utils"
import {
  Association,
  AuditEntry,
  Membership,
  ModerationCase,
  Moderator,
  ModeratorInvite,
  ModeratorRoleModel,
} from "./models"

export default class AssociationModuleService extends MedusaService({
  Association,
  Membership,
  Moderator,
  ModeratorRole: ModeratorRoleModel,
  ModeratorInvite,
  ModerationCase,
  AuditEntry,
}) {}
