"""The portability scenario with the OpenAPI Generator python client (see src/scenario.ts)."""
import json
import os

from cometchat_portability.api.conversations_api import ConversationsApi
from cometchat_portability.api_client import ApiClient
from cometchat_portability.configuration import Configuration
from cometchat_portability.exceptions import NotFoundException
from cometchat_portability.models.conversation import Conversation
from cometchat_portability.models.update_conversation_request import UpdateConversationRequest

s = json.loads(os.environ["SCENARIO"])
api = ConversationsApi(ApiClient(Configuration(host=s["baseUrl"], api_key={"apiKey": s["apiKey"]})))


def conversation_id(conversation: Conversation) -> str:
    assert conversation.actual_instance is not None
    return conversation.actual_instance.conversation_id


pages: list[list[str]] = []
page = 1
while True:
    listed = api.list_conversations(on_behalf_of=s["onBehalfOf"], per_page=s["perPage"], page=page)
    pages.append([conversation_id(c) for c in listed.data])
    if listed.meta.pagination.current_page >= listed.meta.pagination.total_pages:
        break
    page += 1

# Read raw: 7.23.0 validates the List[Conversation] branch of SingleConversation.data with pydantic
# instead of Conversation.from_json, so a conversation sent as a one-element array (as CometChat and
# the mock send it) arrives with actual_instance None and its fields lost.
raw = api.update_user_conversation_without_preload_content(s["onBehalfOf"], s["tagged"], UpdateConversationRequest(tags=s["tags"]))
assert raw.status == 200, raw.status
data = json.loads(raw.data)["data"]
updated = Conversation.from_dict(data[0] if isinstance(data, list) else data).actual_instance
assert updated is not None
tags = updated.tags or []

not_found = {"error": "no error", "status": 0, "code": ""}
try:
    api.get_user_conversation(s["onBehalfOf"], s["unknownUser"])
except NotFoundException as error:
    body = json.loads(error.body or "{}")
    not_found = {"error": type(error).__name__, "status": error.status, "code": body.get("error", {}).get("code", "")}
print(json.dumps({"pages": pages, "tags": tags, "notFound": not_found}))
