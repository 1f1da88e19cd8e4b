#pragma once
int once_declaration;
