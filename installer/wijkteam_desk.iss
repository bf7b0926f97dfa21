; Inno Setup script: packs the PyInstaller folder dist\WijkteamDesk into one installer.
[Setup]
AppName=Wijkteam Desk
AppVersion=0.1.0
DefaultDirName={autopf}\Wijkteam Desk
DefaultGroupName=Wijkteam Desk
OutputBaseFilename=WijkteamDesk-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "..\dist\WijkteamDesk\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Wijkteam Desk"; Filename: "{app}\WijkteamDesk.exe"
