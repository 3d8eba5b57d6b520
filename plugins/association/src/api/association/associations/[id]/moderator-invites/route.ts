import { inviteModerator } from "../../../../utils/invite-moderator"

/** The association's president, or an agent of a commune it serves, invites a moderator. */
export const POST = inviteModerator
