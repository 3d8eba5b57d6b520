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
  // Keys match the models' names, as Query derives service methods from them.
  AssociationMembership: Membership,
  Moderator,
  AssociationModerator: ModeratorRoleModel,
  ModeratorInvite,
  ModerationCase,
  AssociationAuditEntry: AuditEntry,
}) {}
