"""The conversation union in the OpenAPI Generator python client.

mypy --strict checks that each branch's conversation_with has its own type (User or Group) once the
branch is known; run, it checks that decoding picks the branch from conversationType.
"""
from cometchat_portability.models.conversation import Conversation
from cometchat_portability.models.group import Group
from cometchat_portability.models.group_conversation import GroupConversation
from cometchat_portability.models.user import User
from cometchat_portability.models.user_conversation import UserConversation


def partner(conversation: Conversation) -> str:
    branch = conversation.actual_instance
    if isinstance(branch, UserConversation):
        user: User = branch.conversation_with
        return user.uid
    if isinstance(branch, GroupConversation):
        group: Group = branch.conversation_with
        return group.guid
    raise AssertionError(f"neither branch: {branch!r}")


BASE = {"unreadMessageCount": "0", "createdAt": 1630071782, "updatedAt": 1630481413}
as_user = Conversation.from_dict(
    {**BASE, "conversationId": "a_user_b", "conversationType": "user", "conversationWith": {"uid": "b", "name": "B"}}
)
as_group = Conversation.from_dict(
    {**BASE, "conversationId": "group_g", "conversationType": "group", "conversationWith": {"guid": "g", "name": "G", "type": "public"}}
)
assert isinstance(as_user.actual_instance, UserConversation), as_user.actual_instance
assert isinstance(as_group.actual_instance, GroupConversation), as_group.actual_instance
assert (partner(as_user), partner(as_group)) == ("b", "g")
print("union kept")
